package io.longwave.api.device;

import static io.longwave.api.ManagementApi.caller;
import static io.longwave.api.ManagementApi.deviceAdmin;
import static io.longwave.api.ManagementApi.globalAdmin;
import static io.longwave.api.ManagementApi.json;
import static io.longwave.api.ManagementApi.refused;
import static io.longwave.api.ManagementApi.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.api.ManagementApi;
import io.longwave.api.deviceprofile.DeviceProfileJson;
import io.longwave.api.json.RequestJson;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ErrorCode;
import io.longwave.domain.application.Application;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.framelog.DeviceState;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSession;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The device resources: CRUD, keys, activation and queue, over the management services. */
class DeviceResourcesTest {

  private static final String EUI = "0102030405060708";
  private static final String KEY = "000102030405060708090a0b0c0d0e0f";
  private static final String KEY2 = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";

  private final ManagementApi api = new ManagementApi();
  private final long app = api.applications.create(globalAdmin(),
      new Application(null, "sensors", "", ManagementApi.ORG, api.serviceProfile, null));
  private final UUID otaa = profile(true, "1.0.3");
  private final UUID abp = profile(false, "1.0.3");
  private DeviceState state;
  private DeviceLocation location;

  private UUID profile(boolean join, String version) {
    DeviceProfile p = DeviceProfileJson.read(UUID.randomUUID(), RequestJson.of(json(
        "{'name':'p','organizationID':'1','macVersion':'" + version + "','rfRegion':'EU868',"
            + "'supportsJoin':" + join + ",'uplinkInterval':'60s'}")));
    return api.profiles.create(globalAdmin(), p);
  }

  private DeviceResource devices(AccessPolicy policy) {
    DeviceResource r = new DeviceResource();
    r.current = caller(policy);
    r.devices = api.devices;
    r.network = new NetworkReadModels() {
      @Override
      public Optional<DeviceState> deviceState(Eui64 devEui) {
        return Optional.ofNullable(state);
      }

      @Override
      public Optional<DeviceLocation> deviceLocation(Eui64 devEui) {
        return Optional.ofNullable(location).filter(l -> l.devEui().equals(devEui));
      }
    };
    return r;
  }

  private DeviceKeysResource keys(AccessPolicy policy) {
    DeviceKeysResource r = new DeviceKeysResource();
    r.current = caller(policy);
    r.devices = api.devices;
    return r;
  }

  private DeviceActivationResource activation(AccessPolicy policy) {
    DeviceActivationResource r = new DeviceActivationResource();
    r.current = caller(policy);
    r.activations = api.activations;
    return r;
  }

  private DeviceQueueResource queue(AccessPolicy policy) {
    DeviceQueueResource r = new DeviceQueueResource();
    r.current = caller(policy);
    r.queues = api.queues;
    return r;
  }

  private JsonObject device(String eui, UUID profile) {
    return json("{'device':{'devEUI':'" + eui + "','name':'dev1','applicationID':'" + app
        + "','description':'roof','deviceProfileID':'" + profile + "','skipFCntCheck':false,"
        + "'referenceAltitude':12.5,'variables':{'k':'v'},'tags':{'room':'1'},"
        + "'isDisabled':false}}");
  }

  @Test
  void creates_gets_lists_updates_and_deletes_a_device() {
    devices(deviceAdmin()).create(device(EUI, otaa));
    JsonObject got = devices(viewer()).get(EUI);
    JsonObject d = got.getJsonObject("device");
    assertEquals(EUI, d.getString("devEUI"));
    assertEquals(String.valueOf(app), d.getString("applicationID"));
    assertEquals("roof", d.getString("description"));
    assertEquals(12.5, d.getJsonNumber("referenceAltitude").doubleValue());
    assertEquals("v", d.getJsonObject("variables").getString("k"));
    assertEquals(256, got.getInt("deviceStatusBattery"));
    assertEquals(256, got.getInt("deviceStatusMargin"));
    assertTrue(got.isNull("lastSeenAt"));
    assertTrue(got.isNull("location"));
    Instant seen = Instant.parse("2026-01-02T03:04:05Z");
    state = new DeviceState(Eui64.parse(EUI), seen, 5, -80, 7.5, 200, 10, null, null, null, null);
    got = devices(viewer()).get(EUI);
    assertEquals(seen.toString(), got.getString("lastSeenAt"));
    assertEquals(200, got.getInt("deviceStatusBattery"));
    assertEquals(10, got.getInt("deviceStatusMargin"));
    location = new DeviceLocation(Eui64.parse(EUI), 52.3740364, 4.9144401, 10.5, 37.6,
        LocationSource.GEO_RESOLVER_TDOA, 4, seen);
    JsonObject l = devices(viewer()).get(EUI).getJsonObject("location");
    assertEquals(52.3740364, l.getJsonNumber("latitude").doubleValue());
    assertEquals(4.9144401, l.getJsonNumber("longitude").doubleValue());
    assertEquals(10.5, l.getJsonNumber("altitude").doubleValue());
    assertEquals("GEO_RESOLVER_TDOA", l.getString("source"));
    assertEquals(38, l.getInt("accuracy"));
    JsonObject list = devices(viewer()).list(null, null, String.valueOf(app), "dev", null, null);
    assertEquals("1", list.getString("totalCount"));
    assertEquals("p", list.getJsonArray("result").getJsonObject(0)
        .getString("deviceProfileName"));
    devices(deviceAdmin()).update(EUI, json(device(EUI, otaa).toString()
        .replace("dev1", "renamed")));
    assertEquals("renamed", devices(viewer()).get(EUI).getJsonObject("device")
        .getString("name"));
    devices(deviceAdmin()).delete(EUI);
    refused(ErrorCode.NOT_FOUND, () -> devices(viewer()).get(EUI));
  }

  @Test
  void bad_device_input_answers_400_404_409() {
    refused(ErrorCode.INVALID_ARGUMENT, () -> devices(deviceAdmin()).create(device("0102", otaa)));
    refused(ErrorCode.INVALID_ARGUMENT, () -> devices(viewer()).get("zz02030405060708"));
    refused(ErrorCode.NOT_FOUND, () -> devices(deviceAdmin()).create(
        device(EUI, UUID.randomUUID())));
    refused(ErrorCode.INVALID_ARGUMENT, () -> devices(deviceAdmin()).create(json(
        device(EUI, otaa).toString().replace("12.5", "\"high\""))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> devices(deviceAdmin()).create(json(
        device(EUI, otaa).toString().replace("roof", "r".repeat(501)))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> devices(deviceAdmin()).create(json(
        device(EUI, otaa).toString().replace("\"applicationID\":\"" + app + "\"",
            "\"applicationID\":[1]"))));
    refused(ErrorCode.NOT_FOUND, () -> devices(deviceAdmin()).create(json(
        device(EUI, otaa).toString().replace("\"applicationID\":\"" + app + "\"",
            "\"applicationID\":\"999\""))));
    devices(deviceAdmin()).create(device(EUI, otaa));
    refused(ErrorCode.ALREADY_EXISTS, () -> devices(deviceAdmin()).create(device(EUI, otaa)));
    assertThrows(AccessDeniedException.class, () -> devices(viewer()).delete(EUI));
  }

  @Test
  void keys_of_a_10_device_go_in_nwk_key() {
    devices(deviceAdmin()).create(device(EUI, otaa));
    refused(ErrorCode.NOT_FOUND, () -> keys(viewer()).get(EUI));
    keys(deviceAdmin()).create(EUI, json("{'deviceKeys':{'nwkKey':'" + KEY
        + "','appKey':'','genAppKey':''}}"));
    JsonObject k = keys(viewer()).get(EUI).getJsonObject("deviceKeys");
    assertEquals(KEY, k.getString("nwkKey"));
    assertEquals("", k.getString("appKey"));
    refused(ErrorCode.ALREADY_EXISTS, () -> keys(deviceAdmin()).create(EUI,
        json("{'deviceKeys':{'nwkKey':'" + KEY + "'}}")));
    keys(deviceAdmin()).update(EUI, json("{'deviceKeys':{'nwkKey':'" + KEY2 + "','appKey':'"
        + KEY + "'}}"));
    assertEquals(KEY, keys(viewer()).get(EUI).getJsonObject("deviceKeys").getString("appKey"));
    refused(ErrorCode.INVALID_ARGUMENT, () -> keys(deviceAdmin()).update(EUI,
        json("{'deviceKeys':{'nwkKey':'0102'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> keys(deviceAdmin()).update(EUI,
        json("{'deviceKeys':{'appKey':'" + KEY + "'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> keys(deviceAdmin()).update(EUI,
        json("{'deviceKeys':{'nwkKey':'" + KEY + "','genAppKey':'" + KEY2 + "'}}")));
    keys(deviceAdmin()).delete(EUI);
    refused(ErrorCode.NOT_FOUND, () -> keys(deviceAdmin()).delete(EUI));
  }

  @Test
  void activates_an_abp_device_with_equal_network_keys_and_deactivates_it() {
    devices(deviceAdmin()).create(device(EUI, abp));
    String addr = activation(deviceAdmin()).randomDevAddr(EUI).getString("devAddr");
    assertTrue(DevAddr.parse(addr).isNetId(ManagementApi.NET_ID), addr);
    refused(ErrorCode.INVALID_ARGUMENT, () -> activation(deviceAdmin()).activate(EUI, json(
        "{'deviceActivation':{'devAddr':'" + addr + "','appSKey':'" + KEY + "','nwkSEncKey':'"
            + KEY + "','sNwkSIntKey':'" + KEY2 + "','fNwkSIntKey':'" + KEY2 + "'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> activation(deviceAdmin()).activate(EUI, json(
        "{'deviceActivation':{'devAddr':'12','appSKey':'" + KEY + "','nwkSEncKey':'" + KEY
            + "'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> activation(deviceAdmin()).activate(EUI, json(
        "{'deviceActivation':{'devAddr':'" + addr + "','appSKey':'" + KEY + "','nwkSEncKey':'"
            + KEY2 + "','fCntUp':-1}}")));
    refused(ErrorCode.NOT_FOUND, () -> activation(viewer()).activation(EUI));
    activation(deviceAdmin()).activate(EUI, json("{'deviceActivation':{'devAddr':'" + addr
        + "','appSKey':'" + KEY + "','nwkSEncKey':'" + KEY2 + "','sNwkSIntKey':'" + KEY2
        + "','fNwkSIntKey':'" + KEY2 + "','fCntUp':10,'nFCntDown':5,'aFCntDown':0}}"));
    JsonObject a = activation(viewer()).activation(EUI).getJsonObject("deviceActivation");
    assertEquals(addr, a.getString("devAddr"));
    assertEquals(KEY2, a.getString("fNwkSIntKey"));
    assertEquals(KEY2, a.getString("nwkSEncKey"));
    assertEquals(10, a.getInt("fCntUp"));
    assertEquals(5, a.getInt("nFCntDown"));
    DeviceSession s = api.sessions.find(Eui64.parse(EUI)).orElseThrow();
    assertEquals(KEY, s.appSKey().toHex());
    activation(deviceAdmin()).deactivate(EUI);
    assertTrue(api.sessions.find(Eui64.parse(EUI)).isEmpty());
    activation(deviceAdmin()).flushDevNonces(EUI);
  }

  @Test
  void an_otaa_profile_cannot_be_activated_by_personalisation() {
    devices(deviceAdmin()).create(device(EUI, otaa));
    refused(ErrorCode.FAILED_PRECONDITION, () -> activation(deviceAdmin()).activate(EUI, json(
        "{'deviceActivation':{'devAddr':'26011234','appSKey':'" + KEY + "','nwkSEncKey':'"
            + KEY + "'}}")));
  }

  @Test
  void enqueues_lists_counts_and_flushes_the_queue() {
    devices(deviceAdmin()).create(device(EUI, otaa));
    assertEquals(0, queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'confirmed':true,'fPort':10,'data':'AQID'}}")).getInt("fCnt"));
    assertEquals(1, queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':'11','jsonObject':'{\\'led\\':true}'}}")).getInt("fCnt"));
    assertEquals(true, api.downlinks.get(1).object().getBoolean("led"));
    assertEquals(null, api.downlinks.get(1).data());
    assertEquals(app, api.downlinks.get(0).applicationId());
    JsonObject list = queue(viewer()).list(EUI, null);
    assertEquals(2, list.getInt("totalCount"));
    JsonObject first = list.getJsonArray("deviceQueueItems").getJsonObject(0);
    assertEquals("AQID", first.getString("data"));
    assertEquals(10, first.getInt("fPort"));
    assertTrue(first.getBoolean("confirmed"));
    assertEquals(0, queue(viewer()).list(EUI, "true").getJsonArray("deviceQueueItems").size());
    assertEquals(2, queue(viewer()).list(EUI, "true").getInt("totalCount"));
    refused(ErrorCode.INVALID_ARGUMENT, () -> queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':0,'data':'AQID'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':224,'data':'AQID'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':1,'data':'***'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> queue(deviceAdmin()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':1,'jsonObject':'[1'}}")));
    assertThrows(AccessDeniedException.class, () -> queue(viewer()).enqueue(EUI, json(
        "{'deviceQueueItem':{'fPort':1,'data':'AQID'}}")));
    queue(deviceAdmin()).flush(EUI);
    assertEquals(0, queue(viewer()).list(EUI, null).getInt("totalCount"));
    refused(ErrorCode.NOT_FOUND, () -> queue(viewer()).list("0000000000000009", null));
  }
}
