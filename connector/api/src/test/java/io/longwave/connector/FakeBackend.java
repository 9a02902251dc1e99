package io.longwave.connector;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backend that records downlinks and lets a test play the gateways' side. */
final class FakeBackend implements GatewayBackend {

  final String name;
  final GatewayEventSink sink;
  final Set<GatewayId> connected = ConcurrentHashMap.newKeySet();
  final List<DownlinkFrame> sent = new CopyOnWriteArrayList<>();
  volatile boolean started;
  volatile boolean closed;
  volatile String failStartWith;

  FakeBackend(String name, GatewayEventSink sink) {
    this.name = name;
    this.sink = sink;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start() throws IOException {
    if (failStartWith != null) {
      throw new IOException(failStartWith);
    }
    started = true;
  }

  @Override
  public boolean isConnected(GatewayId gatewayId) {
    return connected.contains(gatewayId);
  }

  @Override
  public int connectedGateways() {
    return connected.size();
  }

  @Override
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    if (!connected.contains(frame.gatewayId())) {
      throw new GatewayUnavailableException(frame.gatewayId(), "not connected");
    }
    sent.add(frame);
  }

  @Override
  public boolean isUp() {
    return started && !closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
