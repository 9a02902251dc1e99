package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * One transmission option of a downlink frame, for example RX1 or RX2.
 *
 * @param phyPayload the PHYPayload to send
 * @param txInfo how and when to send it
 */
public record DownlinkFrameItem(byte[] phyPayload, DownlinkTxInfo txInfo) implements Serializable {

  public DownlinkFrameItem {
    if (phyPayload == null || txInfo == null) {
      throw new IllegalArgumentException("a downlink item needs a payload and tx-info");
    }
  }
}
