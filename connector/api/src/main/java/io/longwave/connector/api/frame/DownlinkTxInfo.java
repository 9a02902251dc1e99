package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * How a gateway must transmit a downlink (ChirpStack gw.proto {@code DownlinkTxInfo}).
 *
 * @param frequencyHz centre frequency in Hz
 * @param powerDbm transmit power in dBm (EIRP)
 * @param modulation the modulation; LoRaWAN downlinks invert the polarisation
 * @param board the concentrator board
 * @param antenna the antenna
 * @param timing when to transmit
 * @param context the uplink's context for {@link DownlinkTiming.Delay} timing, else empty
 */
public record DownlinkTxInfo(
    long frequencyHz,
    int powerDbm,
    Modulation modulation,
    int board,
    int antenna,
    DownlinkTiming timing,
    byte[] context)
    implements Serializable {

  public DownlinkTxInfo {
    if (modulation == null || timing == null) {
      throw new IllegalArgumentException("downlink tx-info needs a modulation and a timing");
    }
    if (context == null) {
      context = new byte[0];
    }
  }
}
