package io.longwave.simulator.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UdpForwarderTest {

  private static final Eui64 GW = Eui64.parse("0016c001ff10a235");
  private static final HexFormat HEX = HexFormat.of();

  private static String json(byte[] d, int from) {
    return new String(d, from, d.length - from, StandardCharsets.UTF_8);
  }

  private static byte[] packet(String headerHex, String json) {
    byte[] h = HEX.parseHex(headerHex);
    byte[] j = json.getBytes(StandardCharsets.UTF_8);
    byte[] d = Arrays.copyOf(h, h.length + j.length);
    System.arraycopy(j, 0, d, h.length, j.length);
    return d;
  }

  @Test
  void push_data_has_the_version_token_identifier_eui_and_rxpk_json() {
    RxPacket rx = new RxPacket(Instant.parse("2013-03-31T16:21:17.528002Z"), 3512348611L, 2, 0,
        866_349_812L, 1, "SF7BW125", "4/6", -35, 5.1, new byte[] {0x40, 1, 2});
    byte[] d = UdpForwarder.encodePushData(0x1234, GW, List.of(rx), null);
    assertEquals("0212340000" + "16c001ff10a235", HEX.formatHex(d, 0, 12));
    assertEquals("{\"rxpk\":[{\"time\":\"2013-03-31T16:21:17.528002Z\",\"tmst\":3512348611,"
        + "\"chan\":2,\"rfch\":0,\"freq\":866.349812,\"stat\":1,\"modu\":\"LORA\","
        + "\"datr\":\"SF7BW125\",\"codr\":\"4/6\",\"rssi\":-35,\"lsnr\":5.1,\"size\":3,"
        + "\"data\":\"QAEC\"}]}", json(d, 12));
    PushData back = UdpForwarder.decodePushData(d, d.length);
    assertEquals(0x1234, back.token());
    assertEquals(GW, back.gatewayEui());
    assertEquals(List.of(rx), back.rxpk());
    assertNull(back.stat());
  }

  @Test
  void stat_is_written_in_the_expanded_time_format_and_reads_back() {
    GatewayStatus stat = new GatewayStatus(Instant.parse("2014-01-12T08:59:28Z"), 46.24,
        3.2523, 145, 2, 2, 2, 100.0, 2, 2);
    byte[] d = UdpForwarder.encodePushData(1, GW, List.of(), stat);
    assertEquals("{\"stat\":{\"time\":\"2014-01-12 08:59:28 GMT\",\"lati\":46.24000,"
        + "\"long\":3.25230,\"alti\":145,\"rxnb\":2,\"rxok\":2,\"rxfw\":2,\"ackr\":100.0,"
        + "\"dwnb\":2,\"txnb\":2}}", json(d, 12));
    assertEquals(stat, UdpForwarder.decodePushData(d, d.length).stat());
  }

  @Test
  void pull_data_and_tx_ack_carry_the_gateway_eui() {
    assertEquals("02abcd02" + "0016c001ff10a235",
        HEX.formatHex(UdpForwarder.encodePullData(0xabcd, GW)));
    byte[] ack = UdpForwarder.encodeTxAck(0xbeef, GW, "NONE");
    assertEquals("02beef05" + "0016c001ff10a235", HEX.formatHex(ack, 0, 12));
    assertEquals("{\"txpk_ack\":{\"error\":\"NONE\"}}", json(ack, 12));
    TxAck t = UdpForwarder.decodeTxAck(ack, ack.length);
    assertEquals(0xbeef, t.token());
    assertTrue(t.ok());
  }

  @Test
  void decodes_the_protocol_txt_pull_resp_example() {
    // PROTOCOL.TXT §6 example txpk.
    String body = "{\"txpk\":{\"imme\":true,\"freq\":864.123456,\"rfch\":0,\"powe\":14,"
        + "\"modu\":\"LORA\",\"datr\":\"SF11BW125\",\"codr\":\"4/6\",\"ipol\":false,"
        + "\"size\":32,\"data\":\"H3P3N2i9qc4yt7rK7ldqoeCVJGBybzPY5h1Dd7P7p8v\"}}";
    PullResponse r = UdpForwarder.decodePullResp(packet("02000103", body), 4 + body.length());
    assertEquals(2, r.version());
    assertEquals(1, r.token());
    TxPacket t = r.txpk();
    assertTrue(t.imme());
    assertEquals(864_123_456L, t.frequencyHz());
    assertEquals(14, t.powe());
    assertEquals("SF11BW125", t.datr());
    assertEquals(32, t.data().length);
    assertArrayEquals(Base64.getDecoder().decode("H3P3N2i9qc4yt7rK7ldqoeCVJGBybzPY5h1Dd7P7p8v"),
        t.data());
  }

  @Test
  void pull_resp_round_trips_with_tmst() {
    TxPacket t = new TxPacket(false, 4_000_000_000L, null, 868_100_000L, 0, 14, "LORA",
        "SF7BW125", "4/5", true, new byte[] {0x20, 1});
    byte[] d = UdpForwarder.encodePullResp(0x0102, t);
    assertEquals("02010203", HEX.formatHex(d, 0, 4));
    assertEquals(t, UdpForwarder.decodePullResp(d, d.length).txpk());
  }

  @Test
  void acks_are_the_bare_header() {
    assertEquals("02123401", HEX.formatHex(UdpForwarder.encodeAck(PacketType.PUSH_ACK, 0x1234)));
    assertEquals("02123404", HEX.formatHex(UdpForwarder.encodeAck(PacketType.PULL_ACK, 0x1234)));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("too short", "0201", "", "at least 4 bytes"),
        Arguments.of("unknown version", "03000103", "{}", "version"),
        Arguments.of("unknown identifier", "02000109", "{}", "identifier"),
        Arguments.of("not JSON", "02000103", "{\"txpk\":", "JSON"),
        Arguments.of("no txpk", "02000103", "{}", "txpk is missing"),
        Arguments.of("txpk without freq", "02000103",
            "{\"txpk\":{\"imme\":true,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"data\":\"AA==\"}}",
            "freq is missing"),
        Arguments.of("data not base64", "02000103",
            "{\"txpk\":{\"imme\":true,\"freq\":868.1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\","
                + "\"data\":\"!!\"}}", "base64"),
        Arguments.of("size mismatch", "02000103",
            "{\"txpk\":{\"imme\":true,\"freq\":868.1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\","
                + "\"size\":5,\"data\":\"AA==\"}}", "size"),
        Arguments.of("no timing", "02000103",
            "{\"txpk\":{\"freq\":868.1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"data\":\"AA==\"}}",
            "imme, tmst or tmms"),
        Arguments.of("freq is a string", "02000103",
            "{\"txpk\":{\"imme\":true,\"freq\":\"868.1\",\"modu\":\"LORA\",\"datr\":\"SF7BW125\","
                + "\"data\":\"AA==\"}}", "must be a number"),
        Arguments.of("push ack is not a pull resp", "02000101", "", "expected PULL_RESP"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects_malformed_pull_resp_with_a_reason(String description, String header, String body,
      String reason) {
    byte[] d = packet(header, body);
    PacketFormatException e = assertThrows(PacketFormatException.class,
        () -> UdpForwarder.decodePullResp(d, d.length));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void rejects_a_push_data_shorter_than_its_gateway_header() {
    byte[] d = HEX.parseHex("0200010000");
    assertThrows(PacketFormatException.class, () -> UdpForwarder.decodePushData(d, d.length));
  }
}
