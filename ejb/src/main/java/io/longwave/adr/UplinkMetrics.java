package io.longwave.adr;

/**
 * What the ADR algorithms remember of one uplink (ChirpStack's {@code UplinkAdrHistory}): its frame
 * counter and the best reception over all gateways that received it.
 *
 * @param fCnt the full 32-bit uplink frame counter (FCntUp, LoRaWAN 1.0.4 §4.3.1.5), 0 to
 *     0xFFFFFFFF
 * @param maxSnr the highest SNR in dB over the receiving gateways
 * @param maxRssi the highest RSSI in dBm over the receiving gateways
 * @param txPowerIndex the TXPower index the network believed the device used, 0 to 15
 * @param gatewayCount the number of gateways that received the uplink, at least 0
 */
public record UplinkMetrics(
    long fCnt, double maxSnr, int maxRssi, int txPowerIndex, int gatewayCount) {

  public UplinkMetrics {
    if (fCnt < 0 || fCnt > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("fCnt is a 32-bit unsigned counter, got " + fCnt);
    }
    if (!Double.isFinite(maxSnr)) {
      throw new IllegalArgumentException("maxSnr must be a finite number of dB, got " + maxSnr);
    }
    AdrRequest.checkNibble("txPowerIndex", txPowerIndex);
    if (gatewayCount < 0) {
      throw new IllegalArgumentException("gatewayCount cannot be negative, got " + gatewayCount);
    }
  }

  /**
   * The metrics of a retransmission of the same uplink merged into these: the best SNR and RSSI and
   * the larger gateway count of the two, keeping this entry's frame counter and TX power.
   */
  UplinkMetrics mergeRetransmission(UplinkMetrics other) {
    return new UplinkMetrics(
        fCnt,
        Math.max(maxSnr, other.maxSnr),
        Math.max(maxRssi, other.maxRssi),
        txPowerIndex,
        Math.max(gatewayCount, other.gatewayCount));
  }
}
