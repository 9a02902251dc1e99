package io.longwave.testing;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.downlink.GatewayDownlinks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records the downlinks sent (ChirpStack's mock gateway backend); gateways can be taken away. */
public final class RecordingGatewayDownlinks implements GatewayDownlinks {

  private final List<DownlinkFrame> sent = new ArrayList<>();
  private final Set<GatewayId> offline = new HashSet<>();

  @Override
  public synchronized void send(DownlinkFrame frame) throws GatewayUnavailableException {
    if (offline.contains(frame.gatewayId())) {
      throw new GatewayUnavailableException(frame.gatewayId(), "it is offline in this test");
    }
    sent.add(frame);
  }

  public synchronized List<DownlinkFrame> sent() {
    return List.copyOf(sent);
  }

  public synchronized void offline(GatewayId id) {
    offline.add(id);
  }

  public synchronized void clear() {
    sent.clear();
  }
}
