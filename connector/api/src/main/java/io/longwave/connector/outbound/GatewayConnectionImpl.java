package io.longwave.connector.outbound;

import io.longwave.connector.GatewayBridge;
import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.GatewayBridgeStatus;
import io.longwave.connector.api.GatewayConnection;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import jakarta.resource.ResourceException;

/** The handle applications use; every call goes to the adapter's bridge. */
public class GatewayConnectionImpl implements GatewayConnection {

  private volatile GatewayManagedConnection managed;
  private volatile boolean closed;

  GatewayConnectionImpl(GatewayManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    bridge().sendDownlink(frame);
  }

  @Override
  public boolean isConnected(GatewayId gatewayId) {
    return bridge().isConnected(gatewayId);
  }

  @Override
  public void configure(GatewayBridgeSettings settings) {
    bridge().configure(settings);
  }

  @Override
  public void shutdown() {
    bridge().shutdown();
  }

  @Override
  public GatewayBridgeStatus status() {
    return bridge().status();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      GatewayManagedConnection m = managed;
      if (m != null) {
        m.handleClosed(this);
      }
    }
  }

  void associate(GatewayManagedConnection m) {
    this.managed = m;
  }

  void invalidate() {
    closed = true;
    managed = null;
  }

  private GatewayBridge bridge() {
    GatewayManagedConnection m = managed;
    if (closed || m == null) {
      throw new IllegalStateException("the gateway connection is closed");
    }
    try {
      return m.bridge();
    } catch (ResourceException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
