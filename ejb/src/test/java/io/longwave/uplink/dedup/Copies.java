package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import java.nio.ByteBuffer;

/** Given-builders of uplink receptions for the de-duplication tests. */
final class Copies {

  private Copies() {}

  static final UplinkTxInfo EU868_SF7 =
      new UplinkTxInfo(868_100_000L, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false));

  /** A data uplink PHYPayload whose FCnt is {@code n}, so that each n is another uplink. */
  static byte[] uplink(int n) {
    return ByteBuffer.allocate(17)
        .put((byte) 0x40)
        .putInt(0x04030201)
        .put((byte) 0)
        .putShort((short) n)
        .put((byte) 1)
        .putInt(n * 31)
        .putInt(0xcafe0000 | n)
        .array();
  }

  /** The copy of {@code phy} heard by gateway {@code gw} with the given quality. */
  static UplinkFrame heard(byte[] phy, UplinkTxInfo tx, long gw, double snr, int rssi) {
    UplinkRxInfo rx =
        UplinkRxInfo.builder(new GatewayId(gw)).snr(snr).rssi(rssi).build();
    return new UplinkFrame(phy.clone(), tx, rx);
  }
}
