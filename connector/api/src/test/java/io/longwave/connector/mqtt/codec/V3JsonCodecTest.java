package io.longwave.connector.mqtt.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The payload examples of the ChirpStack v3 gateway bridge documentation (payloads/*.md). */
class V3JsonCodecTest {

  /** "cnb/AC4GLBg=" in the documentation's examples. */
  private static final GatewayId GW = GatewayId.parse("7276ff002e062c18");
  private final GatewayMessageCodec codec = new V3JsonCodec();

  @Test
  void decodes_the_documented_uplink_with_its_encrypted_fine_timestamp() throws Exception {
    String json =
        "{\"phyPayload\":\"AAEBAQEBAQEBAQEBAQEBAQGXFgzLPxI=\",\"txInfo\":{\"frequency\":868300000,"
            + "\"modulation\":\"LORA\",\"loRaModulationInfo\":{\"bandwidth\":125,"
            + "\"spreadingFactor\":11,\"codeRate\":\"4/5\",\"polarizationInversion\":false}},"
            + "\"rxInfo\":{\"gatewayID\":\"cnb/AC4GLBg=\",\"time\":\"2018-07-26T15:15:58.599497Z\","
            + "\"timestamp\":58692860,\"rssi\":-55,\"loRaSNR\":15,\"channel\":2,\"rfChain\":0,"
            + "\"board\":0,\"antenna\":0,\"fineTimestampType\":\"ENCRYPTED\","
            + "\"encryptedFineTimestamp\":{\"aesKeyIndex\":0,"
            + "\"encryptedNS\":\"d2YFe51PraE3EpnrZJV4aw==\"},\"crcStatus\":\"CRC_OK\"}}";
    UplinkFrame u = codec.uplink(GW, json.getBytes(UTF_8));
    assertEquals(868_300_000L, u.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125_000, 11, CodeRate.CR_4_5, false), u.txInfo().modulation());
    assertEquals(GW, u.rxInfo().gatewayId());
    assertEquals(-55, u.rxInfo().rssi());
    assertEquals(15.0, u.rxInfo().snr());
    assertEquals(2, u.rxInfo().channel());
    assertTrue(u.rxInfo().fineTimestamp() instanceof FineTimestamp.Encrypted e
        && e.encryptedNs().length == 16);
  }

  @Test
  void decodes_the_documented_stats_and_ack() throws Exception {
    String stats =
        "{\"gatewayID\":\"cnb/AC4GLBg=\",\"ip\":\"192.168.1.5\",\"time\":\"2018-07-26T13:36:31Z\","
            + "\"location\":{\"latitude\":1.12345,\"longitude\":2.12345,\"altitude\":10,"
            + "\"source\":\"GPS\"},\"configVersion\":\"1.2.3\",\"rxPacketsReceived\":4,"
            + "\"rxPacketsReceivedOK\":1,\"txPacketsReceived\":0,\"txPacketsEmitted\":1}";
    GatewayStats s = codec.stats(GW, stats.getBytes(UTF_8));
    assertEquals("192.168.1.5", s.ip());
    assertEquals(4, s.rxPacketsReceived());
    assertEquals(1, s.rxPacketsReceivedOk());
    assertEquals("1.2.3", s.configVersion());
    assertEquals(2.12345, s.location().longitude());

    String ack = "{\"gatewayID\":\"cnb/AC4GLBg=\",\"token\":12345,"
        + "\"items\":[{\"status\":\"GPS_UNLOCKED\"}]}";
    DownlinkTxAck a = codec.txAck(GW, ack.getBytes(UTF_8));
    assertEquals(12345, a.downlinkId());
    assertEquals(TxAckStatus.GPS_UNLOCKED, a.items().get(0).status());
  }

  @Test
  void an_old_bridge_ack_with_only_an_error_string() throws Exception {
    DownlinkTxAck a = codec.txAck(GW,
        "{\"gatewayID\":\"cnb/AC4GLBg=\",\"token\":7,\"error\":\"TOO_LATE\"}".getBytes(UTF_8));
    assertEquals(TxAckStatus.TOO_LATE, a.items().get(0).status());
  }

  @Test
  void encodes_a_downlink_as_the_documented_command() throws Exception {
    byte[] d = codec.downlink(V4JsonCodecTest.documentedDownlink());
    JsonObject o = Json.createReader(new StringReader(new String(d, UTF_8))).readObject();
    assertEquals("ABbAAfFToUw=", o.getString("gatewayID"));
    JsonObject tx = o.getJsonArray("items").getJsonObject(0).getJsonObject("txInfo");
    assertEquals(867300000, tx.getInt("frequency"));
    assertEquals("LORA", tx.getString("modulation"));
    assertEquals(125, tx.getJsonObject("loRaModulationInfo").getInt("bandwidth"));
    assertEquals("4/5", tx.getJsonObject("loRaModulationInfo").getString("codeRate"));
    assertEquals("DELAY", tx.getString("timing"));
    assertEquals("1s", tx.getJsonObject("delayTimingInfo").getString("delay"));
    DownlinkTxAck back = codec.txAck(V4JsonCodecTest.GW,
        ("{\"downlinkID\":\"" + o.getString("downlinkID") + "\",\"items\":[{\"status\":\"OK\"}]}")
            .getBytes(UTF_8));
    assertEquals(894104280L, back.downlinkId());
  }
}
