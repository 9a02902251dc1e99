package io.longwave.api.multicast;

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
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/multicast-groups} over the management services: v3's messages in and out, the
 * queue one item per frame, and 400s naming the field for bad input.
 */
class MulticastGroupResourceTest {

  private static final String KEY = "000102030405060708090a0b0c0d0e0f";

  private final ManagementApi api = new ManagementApi();
  private final long app = api.applications.create(globalAdmin(),
      new Application(null, "sensors", "", ManagementApi.ORG, api.serviceProfile, null));
  private final UUID profile = api.profiles.create(globalAdmin(),
      DeviceProfileJson.read(UUID.randomUUID(), RequestJson.of(json("{'name':'p',"
          + "'organizationID':'1','macVersion':'1.0.3','rfRegion':'EU868',"
          + "'uplinkInterval':'60s'}"))));

  private MulticastGroupResource resource(AccessPolicy policy) {
    MulticastGroupResource r = new MulticastGroupResource();
    r.current = caller(policy);
    r.groups = api.multicast;
    return r;
  }

  private String body(String fields) {
    return "{'multicastGroup':{'name':'lights','applicationID':'" + app + "','region':'EU868',"
        + "'mcAddr':'07000001','mcNwkSKey':'" + KEY + "','mcAppSKey':'" + KEY + "'" + fields
        + "}}";
  }

  private String create(String fields) {
    return resource(deviceAdmin()).create(json(body(fields))).getString("id");
  }

  private Eui64 device(int n, String gateway) {
    Eui64 devEui = new Eui64(0x200 + n);
    api.devices.create(globalAdmin(), new Device(devEui, "d" + n, app, profile, null, null,
        false, false, 0));
    Aes128Key k = Aes128Key.parse(KEY);
    DeviceSession s = new DeviceSession(devEui, DevAddr.parse("0100000" + n),
        MacVersion.LORAWAN_1_0_3, RegionId.EU868, new Lorawan10SessionKeys(k, k),
        Instant.now().minusSeconds(60));
    s.lastUplinkGateways(List.of(new LastUplinkGateway(GatewayId.parse(gateway), 0, 0,
        Instant.now().minusSeconds(30), 5)));
    api.sessions.save(s);
    return devEui;
  }

  @Test
  void creates_reads_updates_and_deletes_a_group_with_v3_messages() {
    String id = create(",'fCnt':7,'dr':3,'frequency':869525000");

    JsonObject got = resource(viewer()).get(id);
    JsonObject g = got.getJsonObject("multicastGroup");
    assertEquals(id, g.getString("id"));
    assertEquals("lights", g.getString("name"));
    assertEquals("07000001", g.getString("mcAddr"));
    assertEquals(KEY, g.getString("mcAppSKey"));
    assertEquals(7, g.getInt("fCnt"));
    assertEquals("CLASS_C", g.getString("groupType"));
    assertEquals(3, g.getInt("dr"));
    assertEquals(869525000, g.getJsonNumber("frequency").longValue());
    assertEquals(String.valueOf(app), g.getString("applicationID"));
    assertEquals(api.serviceProfile.toString(), g.getString("serviceProfileID"));
    assertEquals("EU868", g.getString("region"));
    assertTrue(got.containsKey("createdAt"));

    resource(deviceAdmin()).update(id, json(body(",'groupType':'CLASS_B','pingSlotPeriod':128,"
        + "'dr':3")));
    g = resource(viewer()).get(id).getJsonObject("multicastGroup");
    assertEquals("CLASS_B", g.getString("groupType"));
    assertEquals(128, g.getInt("pingSlotPeriod"));

    JsonObject list = resource(viewer()).list(null, null, null, String.valueOf(app), null, null,
        "LIGHT");
    assertEquals("1", list.getString("totalCount"));
    assertEquals("sensors", list.getJsonArray("result").getJsonObject(0)
        .getString("applicationName"));

    assertThrows(AccessDeniedException.class, () -> resource(viewer()).delete(id));
    resource(deviceAdmin()).delete(id);
    refused(ErrorCode.NOT_FOUND, () -> resource(viewer()).get(id));
  }

  @Test
  void answers_400_naming_the_field_for_bad_input() {
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> resource(deviceAdmin()).create(json(
        "{'multicastGroup':{'name':'x','region':'EU868'}}"))).contains("applicationID"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'mcAddr':'xyz'"))
        .contains("multicastGroup.mcAddr"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'mcNwkSKey':'00'"))
        .contains("multicastGroup.mcNwkSKey"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'region':'XX1'"))
        .contains("multicastGroup.region"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'groupType':'CLASS_A'"))
        .contains("multicastGroup.groupType"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'fCnt':'-1'"))
        .contains("multicastGroup.fCnt"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT,
        () -> create(",'groupType':'CLASS_B','pingSlotPeriod':100")).contains("ping-slot"));
    assertTrue(refused(ErrorCode.INVALID_ARGUMENT, () -> create(",'dr':9")).contains("DR9"));
    refused(ErrorCode.INVALID_ARGUMENT, () -> resource(viewer()).get("not-a-uuid"));
    refused(ErrorCode.INVALID_ARGUMENT, () -> resource(globalAdmin()).list(null, null, null,
        null, "zz", null, null));
    String id = create("");
    refused(ErrorCode.INVALID_ARGUMENT, () -> resource(deviceAdmin()).addDevice(id,
        json("{}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> resource(deviceAdmin()).enqueue(id,
        json("{'multicastQueueItem':{'fPort':1,'data':'%%%'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> resource(deviceAdmin()).enqueue(id,
        json("{'multicastQueueItem':{'multicastGroupID':'" + UUID.randomUUID()
            + "','fPort':1,'data':'AQ=='}}")));
  }

  @Test
  void lists_members_groups_and_the_queue_one_item_per_frame() {
    String id = create(",'fCnt':40");
    Eui64 a = device(1, "0000000000000a0a");
    Eui64 b = device(2, "0000000000000b0b");
    resource(deviceAdmin()).addDevice(id, json("{'devEUI':'" + a + "'}"));
    resource(deviceAdmin()).addDevice(id, json("{'devEUI':'" + b + "'}"));

    assertEquals("1", resource(viewer()).list(null, null, null, null, a.toString(), null, null)
        .getString("totalCount"));
    assertEquals(40, resource(deviceAdmin()).enqueue(id,
        json("{'multicastQueueItem':{'fPort':10,'data':'AQID'}}")).getInt("fCnt"));

    JsonObject queue = resource(viewer()).queue(id);
    assertEquals(1, queue.getJsonArray("multicastQueueItems").size(), "two gateway copies");
    JsonObject item = queue.getJsonArray("multicastQueueItems").getJsonObject(0);
    assertEquals(40, item.getInt("fCnt"));
    assertEquals(10, item.getInt("fPort"));
    assertEquals("AQID", item.getString("data"));
    assertEquals(id, item.getString("multicastGroupID"));

    resource(deviceAdmin()).flush(id);
    assertEquals(0, resource(viewer()).queue(id).getJsonArray("multicastQueueItems").size());
    resource(deviceAdmin()).removeDevice(id, b.toString());
    refused(ErrorCode.NOT_FOUND, () -> resource(deviceAdmin()).removeDevice(id, b.toString()));
  }
}
