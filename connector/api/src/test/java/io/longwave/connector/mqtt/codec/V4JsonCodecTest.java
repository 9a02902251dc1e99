package io.longwave.connector.mqtt.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payload examples of the ChirpStack v4 gateway bridge documentation (payloads/*.md). */
class V4JsonCodecTest {

  static final GatewayId GW = GatewayId.parse("0016c001f153a14c");
  private final GatewayMessageCodec codec = new V4JsonCodec();

  @Test
  void decodes_the_documented_uplink() throws Exception {
    String json =
        "{\"phyPayload\":\"gKb+agGABQABOIc6cwQ=\",\"txInfo\":{\"frequency\":867300000,"
            + "\"modulation\":{\"lora\":{\"bandwidth\":125000,\"spreadingFactor\":7,"
            + "\"codeRate\":\"CR_4_5\"}}},\"rxInfo\":{\"gatewayId\":\"0016c001f153a14c\","
            + "\"uplinkId\":7895,\"time\":\"2022-08-03T14:37:43.383634108Z\",\"rssi\":-52,"
            + "\"snr\":13.75,\"context\":\"xwx0GQ==\"}}";
    UplinkFrame u = codec.uplink(GW, json.getBytes(UTF_8));
    assertArrayEquals(Base64.getDecoder().decode("gKb+agGABQABOIc6cwQ="), u.phyPayload());
    assertEquals(867_300_000L, u.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125_000, 7, CodeRate.CR_4_5, false), u.txInfo().modulation());
    assertEquals(GW, u.rxInfo().gatewayId());
    assertEquals(7895, u.rxInfo().uplinkId());
    assertEquals(Instant.parse("2022-08-03T14:37:43.383634108Z"), u.rxInfo().gwTime());
    assertEquals(-52, u.rxInfo().rssi());
    assertEquals(13.75, u.rxInfo().snr());
    assertArrayEquals(Base64.getDecoder().decode("xwx0GQ=="), u.rxInfo().context());
  }

  @Test
  void decodes_the_documented_stats() throws Exception {
    String json =
        "{\"gatewayId\":\"0016c001f153a14c\",\"time\":\"2022-08-03T14:37:59Z\","
            + "\"rxPacketsReceived\":1,\"rxPacketsReceivedOk\":1,\"txPacketsReceived\":1,"
            + "\"txPacketsEmitted\":1,\"txPacketsPerFrequency\":{\"867300000\":1},"
            + "\"rxPacketsPerFrequency\":{\"867300000\":1},\"txPacketsPerModulation\":[],"
            + "\"txPacketsPerStatus\":{\"OK\":1},\"location\":{\"latitude\":52.1,"
            + "\"longitude\":4.2,\"altitude\":3,\"source\":\"GPS\"}}";
    GatewayStats s = codec.stats(GW, json.getBytes(UTF_8));
    assertEquals(Instant.parse("2022-08-03T14:37:59Z"), s.time());
    assertEquals(1, s.rxPacketsReceivedOk());
    assertEquals(1L, s.txPacketsPerFrequency().get(867_300_000L));
    assertEquals(1L, s.txPacketsPerStatus().get("OK"));
    assertEquals(52.1, s.location().latitude());
  }

  @Test
  void decodes_the_documented_ack_where_an_empty_item_is_ignored() throws Exception {
    String json =
        "{\"gatewayId\":\"0016c001f153a14c\",\"downlinkId\":894104280,"
            + "\"items\":[{\"status\":\"OK\"},{}]}";
    DownlinkTxAck ack = codec.txAck(GW, json.getBytes(UTF_8));
    assertEquals(894104280L, ack.downlinkId());
    assertEquals(List.of(TxAckStatus.OK, TxAckStatus.IGNORED),
        ack.items().stream().map(i -> i.status()).toList());
  }

  @Test
  void decodes_the_connection_state() throws Exception {
    assertTrue(codec.connState(GW,
        "{\"gatewayId\":\"0016c001f153a14c\",\"state\":\"ONLINE\"}".getBytes(UTF_8)).online());
    assertFalse(codec.connState(GW, "{\"gatewayId\":\"0016c001f153a14c\"}".getBytes(UTF_8))
        .online());
  }

  static DownlinkFrame documentedDownlink() {
    byte[] phy = Base64.getDecoder().decode("YKb+agGgAwCSzNbb");
    byte[] ctx = Base64.getDecoder().decode("xwx0GQ==");
    return new DownlinkFrame(894104280L, GW, List.of(
        new DownlinkFrameItem(phy, new DownlinkTxInfo(867_300_000L, 14,
            new LoraModulation(125_000, 7, CodeRate.CR_4_5, true), 0, 0,
            new DownlinkTiming.Delay(Duration.ofSeconds(1)), ctx)),
        new DownlinkFrameItem(phy, new DownlinkTxInfo(869_525_000L, 27,
            new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), 0, 0,
            new DownlinkTiming.Delay(Duration.ofSeconds(2)), ctx))));
  }

  @Test
  void encodes_the_documented_downlink() {
    JsonObject o = Json.createReader(new StringReader(
        new String(codec.downlink(documentedDownlink()), UTF_8))).readObject();
    assertEquals(894104280L, o.getJsonNumber("downlinkId").longValue());
    assertEquals("0016c001f153a14c", o.getString("gatewayId"));
    JsonObject rx2 = o.getJsonArray("items").getJsonObject(1);
    assertEquals("YKb+agGgAwCSzNbb", rx2.getString("phyPayload"));
    JsonObject tx = rx2.getJsonObject("txInfo");
    assertEquals(869525000, tx.getInt("frequency"));
    assertEquals(27, tx.getInt("power"));
    JsonObject lora = tx.getJsonObject("modulation").getJsonObject("lora");
    assertEquals(125000, lora.getInt("bandwidth"));
    assertEquals(12, lora.getInt("spreadingFactor"));
    assertEquals("CR_4_5", lora.getString("codeRate"));
    assertTrue(lora.getBoolean("polarizationInversion"));
    assertEquals("2s", tx.getJsonObject("timing").getJsonObject("delay").getString("delay"));
    assertEquals("xwx0GQ==", tx.getString("context"));
  }

  @Test
  void a_payload_for_another_gateway_is_refused() {
    String json = "{\"gatewayId\":\"0102030405060708\",\"state\":\"ONLINE\"}";
    MqttMessageException e =
        assertThrows(MqttMessageException.class, () -> codec.connState(GW, json.getBytes(UTF_8)));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
  }

  @Test
  void wrong_types_are_refused_with_the_field_named() {
    String json = "{\"phyPayload\":\"AA==\",\"txInfo\":{\"frequency\":\"x\",\"modulation\":{}},"
        + "\"rxInfo\":{}}";
    MqttMessageException e =
        assertThrows(MqttMessageException.class, () -> codec.uplink(GW, json.getBytes(UTF_8)));
    assertTrue(e.getMessage().contains("txInfo.frequency"), e.getMessage());
  }

  @Test
  void durations_keep_their_fraction() throws Exception {
    assertEquals(Duration.ofMillis(1500), ProtoTime.parseDuration("1.5s", "d"));
    assertEquals("1.5s", ProtoTime.formatDuration(Duration.ofMillis(1500)));
    assertEquals("2s", ProtoTime.formatDuration(Duration.ofSeconds(2)));
  }
}
