package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.util.List;

/**
 * The final acknowledgement of a {@link DownlinkFrame}: one entry per item, in the same order.
 * At most one item is {@link TxAckStatus#OK}; items after it are {@link TxAckStatus#IGNORED}.
 *
 * @param gatewayId the gateway
 * @param downlinkId the id of the acknowledged downlink
 * @param items one outcome per downlink item
 */
public record DownlinkTxAck(GatewayId gatewayId, long downlinkId, List<DownlinkTxAckItem> items)
    implements Serializable {

  public DownlinkTxAck {
    if (gatewayId == null) {
      throw new IllegalArgumentException("an acknowledgement needs a gateway id");
    }
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** True when one of the items was accepted. */
  public boolean isOk() {
    return items.stream().anyMatch(i -> i.status().isOk());
  }

  /** The index of the accepted item, or -1. */
  public int acceptedItem() {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).status().isOk()) {
        return i;
      }
    }
    return -1;
  }
}
