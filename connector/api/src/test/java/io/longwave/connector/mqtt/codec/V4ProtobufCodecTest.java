package io.longwave.connector.mqtt.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.CrcStatus;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field numbers as in ChirpStack v4 {@code api/proto/gw/gw.proto} and {@code common.proto}. */
class V4ProtobufCodecTest {

  private final GatewayMessageCodec codec = new V4ProtobufCodec();

  static byte[] uplink() {
    ProtoWriter lora = new ProtoWriter().uint(1, 125_000).uint(2, 7).uint(5, 1);
    ProtoWriter tx = new ProtoWriter().uint(1, 867_300_000).message(2, new ProtoWriter().message(3, lora));
    ProtoWriter rx = new ProtoWriter()
        .string(1, "0016c001f153a14c")
        .uint(2, 7895)
        .message(3, new ProtoWriter().uint(1, 1659537463).int32(2, 383634108))
        .int32(6, -52)
        .fixedFloat(7, 13.75f)
        .uint(8, 2)
        .bytes(13, new byte[] {(byte) 0xc7, 0x0c, 0x74, 0x19})
        .uint(16, 2);
    return new ProtoWriter().bytes(1, new byte[] {(byte) 0x80, 1, 2}).message(4, tx).message(5, rx)
        .toByteArray();
  }

  @Test
  void decodes_an_uplink_frame() throws Exception {
    UplinkFrame u = codec.uplink(V4JsonCodecTest.GW, uplink());
    assertArrayEquals(new byte[] {(byte) 0x80, 1, 2}, u.phyPayload());
    assertEquals(new LoraModulation(125_000, 7, CodeRate.CR_4_5, false), u.txInfo().modulation());
    assertEquals(7895, u.rxInfo().uplinkId());
    assertEquals(Instant.parse("2022-08-03T14:37:43.383634108Z"), u.rxInfo().gwTime());
    assertEquals(-52, u.rxInfo().rssi());
    assertEquals(13.75, u.rxInfo().snr());
    assertEquals(2, u.rxInfo().channel());
    assertEquals(CrcStatus.CRC_OK, u.rxInfo().crcStatus());
    assertArrayEquals(new byte[] {(byte) 0xc7, 0x0c, 0x74, 0x19}, u.rxInfo().context());
  }

  @Test
  void a_negative_rssi_is_a_ten_byte_varint() throws Exception {
    byte[] b = new ProtoWriter().int32(6, -52).toByteArray();
    assertEquals("30ccffffffffffffffff01", HexFormat.of().formatHex(b));
  }

  @Test
  void decodes_stats_and_acks() throws Exception {
    byte[] stats = new ProtoWriter()
        .string(17, "0016c001f153a14c")
        .uint(5, 10).uint(6, 9).uint(7, 3).uint(8, 2)
        .message(12, new ProtoWriter().uint(1, 868_100_000).uint(2, 2))
        .message(16, new ProtoWriter().string(1, "OK").uint(2, 2))
        .toByteArray();
    GatewayStats s = codec.stats(V4JsonCodecTest.GW, stats);
    assertEquals(10, s.rxPacketsReceived());
    assertEquals(2, s.txPacketsEmitted());
    assertEquals(2L, s.txPacketsPerFrequency().get(868_100_000L));
    assertEquals(2L, s.txPacketsPerStatus().get("OK"));

    byte[] ack = new ProtoWriter().string(6, "0016c001f153a14c").uint(2, 894104280)
        .message(5, new ProtoWriter().uint(1, 2))
        .message(5, new ProtoWriter().uint(1, 1))
        .toByteArray();
    DownlinkTxAck a = codec.txAck(V4JsonCodecTest.GW, ack);
    assertEquals(894104280L, a.downlinkId());
    assertEquals(List.of(TxAckStatus.TOO_LATE, TxAckStatus.OK),
        a.items().stream().map(i -> i.status()).toList());
  }

  @Test
  void encodes_a_downlink_frame_that_reads_back() throws Exception {
    byte[] d = codec.downlink(V4JsonCodecTest.documentedDownlink());
    ProtoReader r = new ProtoReader(d);
    int items = 0;
    long downlinkId = 0;
    String gateway = null;
    Duration secondDelay = null;
    while (r.next()) {
      switch (r.field()) {
        case 3 -> downlinkId = r.uint("downlink_id");
        case 7 -> gateway = r.string("gateway_id");
        case 5 -> {
          items++;
          ProtoReader item = r.message("items");
          while (item.next()) {
            if (item.field() == 3) {
              ProtoReader tx = item.message("tx_info");
              while (tx.next()) {
                if (tx.field() == 6) {
                  ProtoReader timing = tx.message("timing");
                  timing.next();
                  assertEquals(2, timing.field());
                  ProtoReader delay = timing.message("delay");
                  delay.next();
                  secondDelay = ProtoTime.readDuration(delay.message("delay"));
                } else {
                  tx.skip();
                }
              }
            } else {
              item.skip();
            }
          }
        }
        default -> r.skip();
      }
    }
    assertEquals(2, items);
    assertEquals(894104280L, downlinkId);
    assertEquals("0016c001f153a14c", gateway);
    assertEquals(Duration.ofSeconds(2), secondDelay);
  }

  @Test
  void truncated_messages_are_refused() {
    byte[] full = uplink();
    for (int n = 1; n < full.length; n++) {
      byte[] cut = Arrays.copyOf(full, n);
      assertThrows(MqttMessageException.class, () -> codec.uplink(V4JsonCodecTest.GW, cut),
          "cut at " + n);
    }
    MqttMessageException e = assertThrows(MqttMessageException.class,
        () -> codec.connState(V4JsonCodecTest.GW, new byte[] {0x10, 5}));
    assertTrue(e.getMessage().contains("state 5"), e.getMessage());
  }
}
