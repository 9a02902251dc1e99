package io.longwave.framelog;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.MType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Small logged frames for the frame log tests. */
final class Frames {

  static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
  static final Eui64 DEV = Eui64.parse("0202030405060708");
  static final GatewayId GW_A = GatewayId.parse("0102030405060708");
  static final GatewayId GW_B = GatewayId.parse("0102030405060709");
  /** An unconfirmed data up of DevAddr 01020304, FCnt 0, no payload (MIC not checked here). */
  static final byte[] DATA_UP = Hex.decode("400403020100000001020304", "data up");
  /** An unconfirmed data down of DevAddr 01020304, FCnt 0, ACK. */
  static final byte[] DATA_DOWN = Hex.decode("600403020120000001020304", "data down");

  private Frames() {}

  static UplinkRxInfo rx(GatewayId gw, int antenna) {
    return UplinkRxInfo.builder(gw).rssi(-70).snr(6).antenna(antenna).build();
  }

  /** The {@code n}th uplink of {@code dev}, heard by the gateways. */
  static LoggedUplink uplink(Eui64 dev, int n, GatewayId... gws) {
    List<UplinkRxInfo> rx = Arrays.stream(gws).map(g -> rx(g, 0)).toList();
    return new LoggedUplink(T.plusSeconds(n), new UUID(0, n), dev, null,
        MType.UNCONFIRMED_DATA_UP, DATA_UP,
        new UplinkTxInfo(868_100_000, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false)),
        rx);
  }

  static DownlinkTxInfo tx(long hz, int seconds) {
    return new DownlinkTxInfo(hz, 14, new LoraModulation(125_000, 7, CodeRate.CR_4_5, true),
        0, 0, new DownlinkTiming.Delay(Duration.ofSeconds(seconds)), new byte[] {1, 2, 3, 4});
  }

  /** A downlink with an RX1 and an RX2 item. */
  static DownlinkFrame frame(long downlinkId, GatewayId gw) {
    return new DownlinkFrame(downlinkId, gw, List.of(
        new DownlinkFrameItem(DATA_DOWN, tx(868_100_000, 1)),
        new DownlinkFrameItem(DATA_DOWN, tx(869_525_000, 2))));
  }
}
