package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * One reception of a LoRaWAN PHYPayload by one gateway (ChirpStack gw.proto {@code UplinkFrame}).
 * The bridge delivers one such frame per gateway and per antenna; the network server groups the
 * copies.
 *
 * @param phyPayload the raw PHYPayload, as received
 * @param txInfo how it was transmitted
 * @param rxInfo how this gateway received it
 */
public record UplinkFrame(byte[] phyPayload, UplinkTxInfo txInfo, UplinkRxInfo rxInfo)
    implements Serializable {

  public UplinkFrame {
    if (phyPayload == null || txInfo == null || rxInfo == null) {
      throw new IllegalArgumentException("an uplink frame needs a payload, tx-info and rx-info");
    }
  }
}
