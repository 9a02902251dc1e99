package io.longwave.application.pipeline;

import static io.longwave.application.pipeline.JsonShapes.assertFieldsOf;
import static io.longwave.application.pipeline.JsonShapes.assertSameFields;
import static io.longwave.application.pipeline.PipelineGiven.APP_S_KEY;
import static io.longwave.application.pipeline.PipelineGiven.DEV_EUI;
import static io.longwave.application.pipeline.PipelineGiven.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.codec.PayloadCodecType;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Data uplinks on the application side, compared with ChirpStack v3's reference events. */
class ApplicationUplinkFlowTest {

  private static final DevAddr DEV_ADDR = DevAddr.parse("06682ea2");
  /** temperatureSensor 1: 25 °C, humiditySensor 1: 32 %. */
  private static final byte[] LPP = HexFormat.of().parseHex("016700fa016840");

  private final PipelineGiven given = new PipelineGiven();

  private static DataUplinkEvent uplink(byte[] plain, int fPort) {
    byte[] encrypted = FrmPayloadCipher.encrypt(AesKeyContext.of(APP_S_KEY), Direction.UPLINK,
        DEV_ADDR, 10, plain);
    return new DataUplinkEvent(UUID.randomUUID(), DEV_EUI, DEV_ADDR, 10, fPort, encrypted,
        APP_S_KEY, false, false, 5, PipelineGiven.txInfo(),
        List.of(PipelineGiven.reception()), PipelineGiven.NOW.minusMillis(50));
  }

  /** The json_v3 up event of ChirpStack v3's documentation, with the fields v3.17 adds. */
  private static final JsonObject V3_UP = json("{"
      + "'applicationID':'123','applicationName':'temperature-sensor',"
      + "'deviceName':'garden-sensor','deviceProfileName':'lpp-sensors',"
      + "'deviceProfileID':'5f1b8b3c-0000-4000-8000-000000000001',"
      + "'devEUI':'0202020202020202',"
      + "'rxInfo':[{'gatewayID':'0303030303030303',"
      + "'uplinkID':'00000000-0000-0000-0000-00000000002a','name':'',"
      + "'time':'2016-11-25T16:24:37.295915988Z','rssi':-57,'loRaSNR':10,"
      + "'location':{'latitude':52.3740364,'longitude':4.9144401,'altitude':10.5}}],"
      + "'txInfo':{'frequency':868100000,'dr':5},"
      + "'adr':false,'fCnt':10,'fPort':5,'data':'AWcA+gFoQA==',"
      + "'object':{'temperatureSensor':{'1':25},'humiditySensor':{'1':32}},"
      + "'tags':{'key':'value'},'confirmedUplink':false,'devAddr':'06682ea2'}");

  @Test
  void an_lpp_uplink_gives_chirpstack_v3s_json_v3_up_event() {
    given.device(PayloadCodecType.CAYENNE_LPP, "").uplinkFlow().handle(uplink(LPP, 5));

    assertEquals(1, given.published.size());
    IntegrationEvent up = given.published.get(0);
    assertEquals(EventType.UP, up.type());
    assertEquals(123, up.applicationId());
    assertEquals(DEV_EUI, up.devEui());
    assertEquals(PipelineGiven.NOW.minusMillis(50), up.time());
    assertSameFields(V3_UP, up.jsonV3());
  }

  @Test
  void an_lpp_uplink_gives_the_protobuf_json_up_event() {
    given.device(PayloadCodecType.CAYENNE_LPP, "").uplinkFlow().handle(uplink(LPP, 5));

    JsonObject json = given.published.get(0).json();
    JsonObject reference = json("{'applicationID':'123','applicationName':'temperature-sensor',"
        + "'deviceName':'garden-sensor','devEUI':'AgICAgICAgI=',"
        + "'txInfo':{'frequency':868100000,'modulation':'LORA','loRaModulationInfo':"
        + "{'bandwidth':125,'spreadingFactor':7,'codeRate':'4/5','polarizationInversion':false}},"
        + "'adr':false,'dr':5,'fCnt':10,'fPort':5,'data':'AWcA+gFoQA==',"
        + "'tags':{'key':'value'},'confirmedUplink':false,'devAddr':'Bmguog==',"
        + "'publishedAt':'2024-05-01T10:00:00Z',"
        + "'deviceProfileID':'5f1b8b3c-0000-4000-8000-000000000001',"
        + "'deviceProfileName':'lpp-sensors'}");
    assertFieldsOf(reference, json);
    assertEquals(new java.util.TreeSet<>(List.of("applicationID", "applicationName",
        "deviceName", "devEUI", "rxInfo", "txInfo", "adr", "dr", "fCnt", "fPort", "data",
        "objectJSON", "tags", "confirmedUplink", "devAddr", "publishedAt", "deviceProfileID",
        "deviceProfileName")), new java.util.TreeSet<>(json.keySet()));
    assertEquals(V3_UP.get("object"), json(json.getString("objectJSON")));

    JsonObject rx = json.getJsonArray("rxInfo").getJsonObject(0);
    assertSameFields(json("{'gatewayID':'AwMDAwMDAwM=','time':'2016-11-25T16:24:37.295915988Z',"
        + "'timeSinceGPSEpoch':null,'rssi':-57,'loRaSNR':10,'channel':5,'rfChain':0,'board':0,"
        + "'antenna':0,'location':{'latitude':52.3740364,'longitude':4.9144401,'altitude':10.5,"
        + "'source':'CONFIG','accuracy':0},'fineTimestampType':'NONE','context':'9u/uvA==',"
        + "'uplinkID':'" + Base64.getEncoder().encodeToString(
            HexFormat.of().parseHex("0000000000000000000000000000002a")) + "',"
        + "'crcStatus':'CRC_OK'}"), rx);
  }

  @Test
  void without_a_codec_the_up_event_has_data_and_no_object() {
    given.device(PayloadCodecType.NONE, "").uplinkFlow().handle(uplink(LPP, 5));

    IntegrationEvent up = given.published.get(0);
    assertFalse(up.jsonV3().containsKey("object"));
    assertEquals("AWcA+gFoQA==", up.jsonV3().getString("data"));
    assertEquals("", up.json().getString("objectJSON"));
  }

  @Test
  void a_script_decodes_with_the_device_variables() {
    given.device(PayloadCodecType.CUSTOM_JS,
        "function Decode(fPort, bytes, variables) {"
            + " return {celsius: bytes[3] / parseInt(variables.scale), port: fPort}; }")
        .uplinkFlow().handle(uplink(LPP, 7));

    assertEquals(json("{'celsius':25,'port':7}"),
        given.published.get(0).jsonV3().getJsonObject("object"));
  }

  @Test
  void a_codec_failure_gives_an_error_event_and_the_up_event_without_object() {
    given.device(PayloadCodecType.CUSTOM_JS,
        "function Decode(fPort, bytes) { throw new Error('unexpected frame type ' + bytes[0]); }")
        .uplinkFlow().handle(uplink(LPP, 5));

    assertEquals(2, given.published.size());
    IntegrationEvent error = given.published.get(0);
    assertEquals(EventType.ERROR, error.type());
    assertEquals("UPLINK_CODEC", error.jsonV3().getString("type"));
    assertTrue(error.jsonV3().getString("error").contains("unexpected frame type 1"),
        error.jsonV3().toString());
    assertEquals(10, error.jsonV3().getInt("fCnt"));
    assertEquals("UPLINK_CODEC", error.json().getString("type"));
    IntegrationEvent up = given.published.get(1);
    assertEquals(EventType.UP, up.type());
    assertFalse(up.jsonV3().containsKey("object"));
    assertEquals("AWcA+gFoQA==", up.jsonV3().getString("data"));
  }

  @Test
  void malformed_lpp_gives_an_error_event_too() {
    given.device(PayloadCodecType.CAYENNE_LPP, "").uplinkFlow()
        .handle(uplink(new byte[] {1, 0x67, 0}, 5));

    assertEquals(List.of(EventType.ERROR, EventType.UP),
        given.published.stream().map(IntegrationEvent::type).toList());
    assertTrue(given.published.get(0).jsonV3().getString("error").contains("needs 2 bytes"));
  }

  @Test
  void an_uplink_without_fport_is_published_without_data_or_decoding() {
    given.device(PayloadCodecType.CAYENNE_LPP, "").uplinkFlow().handle(uplink(new byte[0], -1));

    IntegrationEvent up = given.published.get(0);
    assertEquals(0, up.jsonV3().getInt("fPort"));
    assertEquals("", up.jsonV3().getString("data"));
    assertFalse(up.jsonV3().containsKey("object"));
  }

  @Test
  void an_uplink_of_an_unknown_device_is_dropped_and_counted() {
    given.uplinkFlow().handle(uplink(LPP, 5));

    assertEquals(List.of(), given.published);
    assertEquals(Map.of(ApplicationDrops.UNKNOWN_DEVICE, 1L), given.drops.snapshot());
  }
}
