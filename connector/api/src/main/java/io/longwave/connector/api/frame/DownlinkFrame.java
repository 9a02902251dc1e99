package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.util.List;

/**
 * A downlink for one gateway, with one or more items tried in order: the gateway bridge sends the
 * first; when the gateway refuses it (a TX_ACK error), it sends the next. One {@link DownlinkTxAck}
 * reports the outcome of every item.
 *
 * @param downlinkId the network server's id for this downlink, echoed in the acknowledgement
 * @param gatewayId the gateway that must transmit it
 * @param items the transmission options, most preferred first (at least one)
 */
public record DownlinkFrame(long downlinkId, GatewayId gatewayId, List<DownlinkFrameItem> items)
    implements Serializable {

  public DownlinkFrame {
    if (gatewayId == null) {
      throw new IllegalArgumentException("a downlink needs a gateway id");
    }
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("a downlink needs at least one item");
    }
    items = List.copyOf(items);
  }
}
