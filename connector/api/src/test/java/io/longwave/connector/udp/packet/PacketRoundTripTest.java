package io.longwave.connector.udp.packet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.GatewayId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte layouts of Semtech PROTOCOL.TXT §3–§5, each packet both ways. */
class PacketRoundTripTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final GatewayId GW = GatewayId.parse("aa555a0000000101");

  private static byte[] withJson(String headerHex, String json) {
    byte[] h = HEX.parseHex(headerHex);
    byte[] j = json.getBytes(UTF_8);
    byte[] d = Arrays.copyOf(h, h.length + j.length);
    System.arraycopy(j, 0, d, h.length, j.length);
    return d;
  }

  @Test
  void push_ack_and_pull_ack_are_version_token_identifier() throws Exception {
    assertArrayEquals(HEX.parseHex("02123401"), new PushAck(2, 0x1234).encode());
    assertArrayEquals(HEX.parseHex("01abcd04"), new PullAck(1, 0xabcd).encode());
    assertEquals(new PushAck(2, 0x1234), PushAck.decode(HEX.parseHex("02123401"), 4));
    assertEquals(new PullAck(1, 0xabcd), PullAck.decode(HEX.parseHex("01abcd04"), 4));
  }

  @Test
  void pull_data_carries_the_gateway_eui() throws Exception {
    byte[] d = HEX.parseHex("02beef02aa555a0000000101");
    PullData p = PullData.decode(d, d.length);
    assertEquals(new PullData(2, 0xbeef, GW), p);
    assertArrayEquals(d, p.encode());
  }

  @Test
  void push_data_decodes_the_rxpk_and_stat_of_the_specification() throws Exception {
    String json =
        "{\"rxpk\":[{\"time\":\"2013-03-31T16:21:17.528002Z\",\"tmst\":3512348611,\"chan\":2,"
            + "\"rfch\":0,\"freq\":866.349812,\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\","
            + "\"codr\":\"4/6\",\"rssi\":-35,\"lsnr\":5.1,\"size\":4,\"data\":\"AQIDBA==\"},"
            + "{\"time\":\"2013-03-31T16:21:17.530974Z\",\"tmst\":3512348514,\"chan\":9,\"rfch\":1,"
            + "\"freq\":869.1,\"stat\":1,\"modu\":\"FSK\",\"datr\":50000,\"rssi\":-75,\"size\":16,"
            + "\"data\":\"VEVTVF9QQUNLRVRfMTIzNA==\"}],"
            + "\"stat\":{\"time\":\"2014-01-12 08:59:28 GMT\",\"lati\":46.24000,\"long\":3.25230,"
            + "\"alti\":145,\"rxnb\":2,\"rxok\":2,\"rxfw\":2,\"ackr\":100.0,\"dwnb\":2,\"txnb\":2}}";
    byte[] d = withJson("0200ff00aa555a0000000101", json);
    PushData p = PushData.decode(d, d.length);
    assertEquals(2, p.version());
    assertEquals(0x00ff, p.token());
    assertEquals(GW, p.gatewayId());
    Rxpk lora = p.rxpk().get(0);
    assertEquals(Instant.parse("2013-03-31T16:21:17.528002Z"), lora.time());
    assertEquals(3512348611L, lora.tmst());
    assertEquals(866.349812, lora.freqMhz());
    assertEquals("SF7BW125", lora.datr());
    assertEquals("4/6", lora.codr());
    assertEquals(-35, lora.rssi());
    assertEquals(5.1, lora.lsnr());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, lora.data());
    Rxpk fsk = p.rxpk().get(1);
    assertEquals("FSK", fsk.modu());
    assertEquals("50000", fsk.datr());
    assertEquals("TEST_PACKET_1234", new String(fsk.data(), UTF_8));
    Stat s = p.stat();
    assertEquals(Instant.parse("2014-01-12T08:59:28Z"), s.time());
    assertEquals(46.24, s.lati());
    assertEquals(3.2523, s.lon());
    assertEquals(145.0, s.alti());
    assertEquals(2, s.rxnb());
    assertEquals(100.0, s.ackr());
    assertTrue(s.hasLocation());

    PushData again = PushData.decode(p.encode(), p.encode().length);
    assertEquals(p.gatewayId(), again.gatewayId());
    assertEquals(p.rxpk().size(), again.rxpk().size());
    assertEquals(p.stat(), again.stat());
    assertEquals(lora.tmst(), again.rxpk().get(0).tmst());
    assertArrayEquals(fsk.data(), again.rxpk().get(1).data());
  }

  @Test
  void rsig_gives_every_antenna_with_its_fine_timestamp() throws Exception {
    String json =
        "{\"rxpk\":[{\"tmst\":1000,\"tmms\":1300000000123,\"chan\":0,\"rfch\":0,\"freq\":868.1,"
            + "\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF12BW125\",\"codr\":\"4/5\",\"rssi\":-80,"
            + "\"lsnr\":2.0,\"aesk\":3,\"size\":1,\"data\":\"AA==\",\"rsig\":["
            + "{\"ant\":0,\"chan\":4,\"rssic\":-81,\"lsnr\":2.5,\"etime\":\"AQIDBAUGBwgJCgsMDQ4PEA==\"},"
            + "{\"ant\":1,\"chan\":5,\"rssic\":-90,\"lsnr\":-1.5,\"ftime\":123456789}]}]}";
    byte[] d = withJson("0200010001020304050607ff", json);
    Rxpk rx = PushData.decode(d, d.length).rxpk().get(0);
    assertEquals(1300000000123L, rx.tmms());
    assertEquals(3, rx.aesk());
    assertEquals(2, rx.rsig().size());
    assertEquals(16, rx.rsig().get(0).etime().length);
    assertEquals(-90, rx.rsig().get(1).rssic());
    assertEquals(123456789L, rx.rsig().get(1).ftime());
  }

  @Test
  void pull_resp_writes_the_txpk_fields_and_reads_them_back() throws Exception {
    Txpk txpk =
        new Txpk(false, 3512348611L + 1_000_000, null, 868.1, 0, 14, "LORA", "SF7BW125", "4/5",
            null, true, null, new byte[] {0x60, 1, 2}, null, 0, 0);
    byte[] d = new PullResp(2, 0x4242, txpk).encode();
    assertArrayEquals(HEX.parseHex("02424203"), Arrays.copyOf(d, 4));
    String json = new String(d, 4, d.length - 4, UTF_8);
    assertTrue(json.startsWith("{\"txpk\":{\"imme\":false,\"tmst\":3513348611,"), json);
    assertTrue(json.contains("\"ipol\":true"), json);
    assertTrue(json.contains("\"size\":3,\"data\":\"YAEC\""), json);
    PullResp back = PullResp.decode(d, d.length);
    assertEquals(txpk.tmst(), back.txpk().tmst());
    assertEquals(txpk.datr(), back.txpk().datr());
    assertArrayEquals(txpk.data(), back.txpk().data());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|NONE|true",
        "{}|NONE|true",
        "{\"txpk_ack\":{\"error\":\"NONE\"}}|NONE|true",
        "{\"txpk_ack\":{\"error\":\"TOO_LATE\"}}|TOO_LATE|false",
        "{\"txpk_ack\":{\"error\":\"TOO_EARLY\"}}|TOO_EARLY|false",
        "{\"txpk_ack\":{\"error\":\"COLLISION_PACKET\"}}|COLLISION_PACKET|false",
        "{\"txpk_ack\":{\"error\":\"COLLISION_BEACON\"}}|COLLISION_BEACON|false",
        "{\"txpk_ack\":{\"error\":\"TX_FREQ\"}}|TX_FREQ|false",
        "{\"txpk_ack\":{\"error\":\"TX_POWER\"}}|TX_POWER|false",
        "{\"txpk_ack\":{\"error\":\"GPS_UNLOCKED\"}}|GPS_UNLOCKED|false"
      })
  void tx_ack_reports_every_error_code(String json, String error, boolean ok) throws Exception {
    byte[] d = withJson("0277aa05aa555a0000000101", json == null ? "" : json);
    TxAck ack = TxAck.decode(d, d.length);
    assertEquals(0x77aa, ack.token());
    assertEquals(GW, ack.gatewayId());
    assertEquals(ok, ack.ack().ok());
    if (!ok) {
      assertEquals(error, ack.ack().error());
    }
  }

  @Test
  void tx_ack_keeps_the_warning_and_the_power_used() throws Exception {
    byte[] d =
        withJson("0200aa05aa555a0000000101", "{\"txpk_ack\":{\"warn\":\"TX_POWER\",\"value\":20}}");
    TxAck ack = TxAck.decode(d, d.length);
    assertTrue(ack.ack().ok());
    assertEquals("TX_POWER", ack.ack().warn());
    assertEquals(20, ack.ack().value());
    TxAck back = TxAck.decode(ack.encode(), ack.encode().length);
    assertEquals(ack, back);
  }

  @Test
  void tx_ack_padded_with_nul_bytes_is_ok() throws Exception {
    byte[] d = Arrays.copyOf(HEX.parseHex("0200aa05aa555a0000000101"), 20);
    TxAck ack = TxAck.decode(d, d.length);
    assertNull(ack.ack().error());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "030000|malformed|shorter than a header",
        "03000000|bad_version|protocol version 3",
        "02000009|unknown_type|unknown packet identifier 0x9"
      })
  void bad_headers_say_why(String hex, String reason, String message) {
    byte[] d = HEX.parseHex(hex);
    UdpPacketException e = assertThrows(UdpPacketException.class, () -> PacketType.of(d, d.length));
    assertEquals(reason, e.reason());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{|not valid JSON",
        "[]|not a JSON object",
        "{\"rxpk\":{}}|rxpk must be an array",
        "{\"rxpk\":[1]}|rxpk[0] is not an object",
        "{\"rxpk\":[{\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"freq\":\"868\",\"tmst\":1,\"data\":\"AA==\"}]}"
            + "|rxpk[0].freq must be a number",
        "{\"rxpk\":[{\"modu\":\"LORA\",\"datr\":7,\"freq\":868.1,\"tmst\":1,\"data\":\"AA==\"}]}"
            + "|rxpk[0]",
        "{\"rxpk\":[{\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"freq\":868.1,\"tmst\":1,\"size\":9,"
            + "\"data\":\"AA==\"}]}|size 9 does not match",
        "{\"rxpk\":[{\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"freq\":868.1,\"tmst\":1,"
            + "\"data\":\"*\"}]}|not base64",
        "{\"rxpk\":[{\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"freq\":868.1,\"tmst\":-1,"
            + "\"data\":\"AA==\"}]}|tmst must be a 32-bit",
        "{\"stat\":{\"rxnb\":1.5}}|stat.rxnb must be a whole number",
        "{\"stat\":{\"time\":\"yesterday\"}}|stat.time 'yesterday' is not a time"
      })
  void malformed_push_data_is_refused_with_a_reason(String json, String message) {
    byte[] d = withJson("02000100aa555a0000000101", json);
    UdpPacketException e =
        assertThrows(UdpPacketException.class, () -> PushData.decode(d, d.length));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals("malformed", e.reason());
  }

  @Test
  void a_push_data_without_eui_is_refused() {
    byte[] d = HEX.parseHex("0200010001020304");
    assertThrows(UdpPacketException.class, () -> PushData.decode(d, d.length));
    assertEquals(List.of(), List.of());
  }
}
