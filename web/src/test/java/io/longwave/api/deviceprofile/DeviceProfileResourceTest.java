package io.longwave.api.deviceprofile;

import static io.longwave.api.ManagementApi.caller;
import static io.longwave.api.ManagementApi.deviceAdmin;
import static io.longwave.api.ManagementApi.json;
import static io.longwave.api.ManagementApi.refused;
import static io.longwave.api.ManagementApi.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.api.ManagementApi;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ErrorCode;
import io.longwave.domain.device.Device;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceProfileResourceTest {

  /** ChirpStack v3's example body, with Class B and a codec. */
  static final String BODY = "{'deviceProfile':{'name':'dp','organizationID':'1',"
      + "'networkServerID':'1','macVersion':'1.0.3','regParamsRevision':'A',"
      + "'supportsJoin':true,'supportsClassB':true,'classBTimeout':30,'pingSlotPeriod':128,"
      + "'pingSlotDR':3,'pingSlotFreq':869525000,'supportsClassC':false,'classCTimeout':0,"
      + "'rxDelay1':0,'rxDROffset1':0,'rxDataRate2':0,'rxFreq2':0,"
      + "'factoryPresetFreqs':[868100000,868300000],'maxEIRP':14,'maxDutyCycle':1,"
      + "'rfRegion':'EU868','supports32BitFCnt':false,'payloadCodec':'CUSTOM_JS',"
      + "'payloadEncoderScript':'function Encode(){}','payloadDecoderScript':'function Decode(){}',"
      + "'geolocBufferTTL':60,'geolocMinBufferSize':3,'geolocEnabled':true,'tags':{'vendor':'acme'},"
      + "'uplinkInterval':'3600s','adrAlgorithmID':'default'}}";

  private final ManagementApi api = new ManagementApi();

  private DeviceProfileResource as(AccessPolicy policy) {
    DeviceProfileResource r = new DeviceProfileResource();
    r.current = caller(policy);
    r.profiles = api.profiles;
    return r;
  }

  @Test
  void creates_and_answers_every_v3_field() {
    String id = as(deviceAdmin()).create(json(BODY)).getString("id");
    JsonObject got = as(viewer()).get(id);
    JsonObject p = got.getJsonObject("deviceProfile");
    JsonObject sent = json(BODY).getJsonObject("deviceProfile");
    for (String field : new String[] {"name", "organizationID", "networkServerID", "macVersion",
        "regParamsRevision", "rfRegion", "payloadCodec", "payloadEncoderScript",
        "payloadDecoderScript", "uplinkInterval", "adrAlgorithmID"}) {
      assertEquals(sent.getString(field), p.getString(field), field);
    }
    for (String field : new String[] {"classBTimeout", "pingSlotPeriod", "pingSlotDR",
        "pingSlotFreq", "maxEIRP", "maxDutyCycle", "rxDelay1", "rxFreq2", "geolocBufferTTL",
        "geolocMinBufferSize"}) {
      assertEquals(sent.getJsonNumber(field).longValue(), p.getJsonNumber(field).longValue(),
          field);
    }
    for (String field : new String[] {"supportsJoin", "supportsClassB", "supportsClassC",
        "supports32BitFCnt", "geolocEnabled"}) {
      assertEquals(sent.getBoolean(field), p.getBoolean(field), field);
    }
    assertEquals(sent.getJsonArray("factoryPresetFreqs"), p.getJsonArray("factoryPresetFreqs"));
    assertEquals(sent.getJsonObject("tags"), p.getJsonObject("tags"));
    assertEquals(id, p.getString("id"));
    JsonObject list = as(viewer()).list(null, null, "1", null);
    assertEquals("1", list.getString("totalCount"));
    assertEquals("dp", list.getJsonArray("result").getJsonObject(0).getString("name"));
  }

  @Test
  void refuses_bad_values_with_400() {
    for (String[] bad : new String[][] {
        {"'EU868'", "'XX999'"}, {"'1.0.3'", "'2.0'"}, {"'pingSlotPeriod':128", "'pingSlotPeriod':100"},
        {"'3600s'", "'an hour'"}, {"'CUSTOM_JS'", "'XML'"}, {"'maxEIRP':14", "'maxEIRP':'x'"},
        {"'rxDelay1':0", "'rxDelay1':16"}, {"868100000,", "-5,"}, {"'name':'dp'", "'name':''"},
        {"'organizationID':'1'", "'organizationID':'0'"}, {"{'vendor':'acme'}", "{'v':1}"},
        {"'pingSlotDR':3", "'pingSlotDR':12"}}) {
      String body = BODY.replace(bad[0], bad[1]);
      refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(body)));
    }
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(viewer()).get("not-a-uuid"));
    refused(ErrorCode.NOT_FOUND, () -> as(viewer()).get(UUID.randomUUID().toString()));
    refused(ErrorCode.NOT_FOUND, () -> as(deviceAdmin()).create(
        json(BODY.replace("'networkServerID':'1'", "'networkServerID':'7'"))));
  }

  @Test
  void updates_and_refuses_deleting_a_profile_in_use() {
    String id = as(deviceAdmin()).create(json(BODY)).getString("id");
    as(deviceAdmin()).update(id, json(BODY.replace("'name':'dp'", "'name':'dp2'")));
    assertEquals("dp2", as(viewer()).get(id).getJsonObject("deviceProfile").getString("name"));
    long app = api.applications.create(ManagementApi.globalAdmin(),
        new io.longwave.domain.application.Application(null, "a", "", 1, api.serviceProfile,
            null));
    api.devices.create(ManagementApi.globalAdmin(), new Device(new Eui64(1), "d", app,
        UUID.fromString(id), null, null, false, false, 0));
    refused(ErrorCode.FAILED_PRECONDITION, () -> as(deviceAdmin()).delete(id));
  }
}
