package io.longwave.uplink;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One uplink as the network server handles it: its PHYPayload and tx-info once, with the
 * receptions of every gateway (and antenna) that heard it, best first (highest SNR, then highest
 * RSSI). ChirpStack calls it an uplink frame set.
 *
 * @param deduplicationId a random id that follows this uplink through logs and events
 * @param phyPayload the PHYPayload, as received
 * @param txInfo how the device transmitted it
 * @param rxInfo every reception, best first; never empty
 * @param receivedAt when the first copy reached the network server
 */
public record UplinkFrameSet(
    UUID deduplicationId,
    byte[] phyPayload,
    UplinkTxInfo txInfo,
    List<UplinkRxInfo> rxInfo,
    Instant receivedAt)
    implements Serializable {

  public UplinkFrameSet {
    Objects.requireNonNull(deduplicationId, "deduplicationId");
    Objects.requireNonNull(phyPayload, "phyPayload");
    Objects.requireNonNull(txInfo, "txInfo");
    Objects.requireNonNull(receivedAt, "receivedAt");
    rxInfo = List.copyOf(rxInfo);
    if (rxInfo.isEmpty()) {
      throw new IllegalArgumentException("a frame set needs at least one reception");
    }
  }

  /** The best reception. */
  public UplinkRxInfo bestRxInfo() {
    return rxInfo.get(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UplinkFrameSet s
        && deduplicationId.equals(s.deduplicationId)
        && Arrays.equals(phyPayload, s.phyPayload)
        && txInfo.equals(s.txInfo)
        && rxInfo.equals(s.rxInfo)
        && receivedAt.equals(s.receivedAt);
  }

  @Override
  public int hashCode() {
    return deduplicationId.hashCode();
  }

  @Override
  public String toString() {
    return "UplinkFrameSet[" + deduplicationId + ", " + phyPayload.length + " bytes, "
        + rxInfo.size() + " receptions]";
  }
}
