package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FrameRowTest {

  private static final Instant T = Instant.parse("2025-03-01T12:00:05.250Z");
  private static final Eui64 DEV = Eui64.parse("0202030405060708");
  private static final GatewayId GW_A = GatewayId.parse("0102030405060708");
  private static final GatewayId GW_B = GatewayId.parse("0102030405060709");
  private static final byte[] DATA_UP = HexFormat.of().parseHex("400403020100000001020304");
  private static final byte[] DATA_DOWN = HexFormat.of().parseHex("600403020120000001020304");
  private static final LoraModulation SF7 = new LoraModulation(125_000, 7, CodeRate.CR_4_5,
      false);

  @Test
  void an_uplink_shows_every_gateway_and_the_best_reception() {
    LoggedUplink up = new LoggedUplink(T, new UUID(0, 1), DEV, null,
        MType.UNCONFIRMED_DATA_UP, DATA_UP, new UplinkTxInfo(868_100_000, SF7),
        List.of(UplinkRxInfo.builder(GW_A).rssi(-70).snr(6.5).build(),
            UplinkRxInfo.builder(GW_B).rssi(-101).snr(-3).build()));
    FrameRow row = FrameRow.of(up);
    assertEquals("2025-03-01 12:00:05 UTC", row.time());
    assertEquals("uplink", row.direction());
    assertEquals("unconfirmed data up", row.messageType());
    assertEquals(GW_A + ", " + GW_B, row.gateways());
    assertEquals("868.100", row.frequencyMhz());
    assertEquals("RSSI -70 dBm, SNR 6.5 dB", row.radio());
    assertEquals(12, row.size());
    assertEquals("400403020100000001020304", row.phyPayloadHex());
  }

  @Test
  void a_downlink_shows_its_gateway_power_and_tx_acknowledgement() {
    DownlinkTxInfo rx1 = new DownlinkTxInfo(868_300_000, 14, SF7, 0, 0,
        new DownlinkTiming.Delay(Duration.ofSeconds(1)), new byte[] {1, 2, 3, 4});
    DownlinkFrame frame = new DownlinkFrame(42, GW_A,
        List.of(new DownlinkFrameItem(DATA_DOWN, rx1)));
    LoggedDownlink sent = LoggedDownlink.sent(T, DEV, frame);
    FrameRow row = FrameRow.of(sent);
    assertEquals("downlink", row.direction());
    assertEquals("unconfirmed data down", row.messageType());
    assertEquals(GW_A.toString(), row.gateways());
    assertEquals("868.300", row.frequencyMhz());
    assertEquals("14 dBm, TX ack pending", row.radio());
    assertEquals("14 dBm, TX ack OK",
        FrameRow.of(sent.withTxAck(new DownlinkTxAck(GW_A, 42,
            List.of(DownlinkTxAckItem.of(TxAckStatus.OK))))).radio());
  }
}
