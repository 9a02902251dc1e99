package io.longwave.application.management;

import static io.longwave.application.management.DeviceManagementFixture.ORG;
import static io.longwave.application.management.DeviceManagementFixture.globalAdmin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import io.longwave.application.multicast.MulticastGroupService;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.InMemoryMulticastGroupCatalog;
import io.longwave.testing.InMemoryMulticastGroupRepository;
import io.longwave.testing.InMemoryMulticastQueueRepository;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

/**
 * The multicast groups of the API over in-memory stores: refusals of bad input with the API's
 * error codes, members limited to the group's application, and the queue shown one row per frame
 * although each frame is planned once per gateway.
 */
class MulticastGroupsTest {

  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  static final Aes128Key KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");

  final DeviceManagementFixture f = new DeviceManagementFixture();
  final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  final InMemoryMulticastQueueRepository queue = new InMemoryMulticastQueueRepository();
  final InMemoryMulticastGroupRepository groups = new InMemoryMulticastGroupRepository(queue);
  final MulticastGroupService service = new MulticastGroupService(groups, queue,
      f.deviceRepository, f.deviceRepository, sessions, MulticastQueuePlan.defaults(),
      Clock.fixed(NOW, ZoneOffset.UTC));
  final MulticastGroups multicast = new MulticastGroups(() -> service,
      new InMemoryMulticastGroupCatalog(groups, f.store), f.store, f.deviceRepository);
  final long app = f.createApplication("own");
  final long otherApp = f.createApplication("other");
  final DeviceProfile profile = f.createProfile(ORG, false);

  static MulticastGroup group(UUID id, int dr) {
    return new MulticastGroup(id, "group " + id.getLeastSignificantBits(), RegionId.EU868,
        DevAddr.parse("07000001"), KEY, KEY, 5, MulticastGroupType.CLASS_C, dr, 869_525_000L, 0);
  }

  Eui64 device(long application, int n, String... gateways) {
    Eui64 devEui = new Eui64(0x100 + n);
    f.devices.create(globalAdmin(), DeviceManagementFixture.device(devEui, application,
        profile.id()));
    if (gateways.length > 0) {
      DeviceSession s = new DeviceSession(devEui, DevAddr.parse(String.format("0100%04x", n)),
          MacVersion.LORAWAN_1_0_3, RegionId.EU868, new Lorawan10SessionKeys(KEY, KEY),
          NOW.minusSeconds(60));
      s.lastUplinkGateways(java.util.Arrays.stream(gateways).map(g -> new LastUplinkGateway(
          GatewayId.parse(g), 0, 0, NOW.minusSeconds(30), 5)).toList());
      sessions.save(s);
    }
    return devEui;
  }

  static void assertCode(ErrorCode code, Executable call) {
    ApiException e = assertThrows(ApiException.class, call::execute);
    assertEquals(code, e.code(), e.getMessage());
  }

  @Test
  void creates_a_group_in_its_application_and_lists_it_by_application_organization_and_member() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    Eui64 member = device(app, 1);
    multicast.addDevice(globalAdmin(), id, member);

    assertEquals(app, multicast.get(globalAdmin(), id).applicationId());
    assertEquals(1, multicast.list(globalAdmin(),
        new MulticastGroupFilter(app, null, null, null), 10, 0).totalCount());
    assertEquals(0, multicast.list(globalAdmin(),
        new MulticastGroupFilter(otherApp, null, null, null), 10, 0).totalCount());
    assertEquals(1, multicast.list(globalAdmin(),
        new MulticastGroupFilter(null, ORG, null, "GROUP"), 10, 0).totalCount());
    assertEquals(1, multicast.list(globalAdmin(),
        new MulticastGroupFilter(null, null, member, null), 10, 0).totalCount());
    assertEquals(0, multicast.list(globalAdmin(),
        new MulticastGroupFilter(null, null, device(app, 2), null), 10, 0).totalCount());
  }

  @Test
  void refuses_a_data_rate_that_is_no_downlink_rate_of_the_region() {
    assertCode(ErrorCode.INVALID_ARGUMENT,
        () -> multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 8)));
  }

  @Test
  void refuses_an_unknown_application_group_or_device() {
    assertCode(ErrorCode.NOT_FOUND,
        () -> multicast.create(globalAdmin(), 999, group(UUID.randomUUID(), 0)));
    assertCode(ErrorCode.NOT_FOUND, () -> multicast.get(globalAdmin(), UUID.randomUUID()));
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    assertCode(ErrorCode.NOT_FOUND, () -> multicast.addDevice(globalAdmin(), id, new Eui64(9)));
    assertCode(ErrorCode.NOT_FOUND,
        () -> multicast.removeDevice(globalAdmin(), id, device(app, 1)));
  }

  @Test
  void refuses_a_second_group_with_the_same_id() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    assertCode(ErrorCode.ALREADY_EXISTS, () -> multicast.create(globalAdmin(), app, group(id, 0)));
  }

  @Test
  void refuses_a_member_of_another_application_and_a_move_to_another_application() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    assertCode(ErrorCode.INVALID_ARGUMENT,
        () -> multicast.addDevice(globalAdmin(), id, device(otherApp, 1)));
    assertCode(ErrorCode.INVALID_ARGUMENT,
        () -> multicast.update(globalAdmin(), otherApp, group(id, 0)));
  }

  @Test
  void refuses_a_list_without_a_filter_unless_global_admin() {
    assertCode(ErrorCode.INVALID_ARGUMENT, () -> multicast.list(DeviceManagementFixture.orgAdmin(),
        new MulticastGroupFilter(null, null, null, null), 10, 0));
    assertEquals(0, multicast.list(globalAdmin(),
        new MulticastGroupFilter(null, null, null, null), 10, 0).totalCount());
  }

  @Test
  void refuses_bad_fports_oversized_payloads_and_groups_no_gateway_heard() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    assertCode(ErrorCode.INVALID_ARGUMENT, () -> multicast.enqueue(globalAdmin(), id, 0,
        new byte[1]));
    assertCode(ErrorCode.INVALID_ARGUMENT, () -> multicast.enqueue(globalAdmin(), id, 224,
        new byte[1]));
    assertCode(ErrorCode.INVALID_ARGUMENT, () -> multicast.enqueue(globalAdmin(), id, 1,
        new byte[52]));
    assertCode(ErrorCode.ABORTED, () -> multicast.enqueue(globalAdmin(), id, 1, new byte[1]));
    assertTrue(multicast.queue(globalAdmin(), id).isEmpty());
  }

  @Test
  void shows_one_queue_row_per_frame_although_each_gateway_gets_a_copy() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    multicast.addDevice(globalAdmin(), id, device(app, 1, "0000000000000a0a"));
    multicast.addDevice(globalAdmin(), id, device(app, 2, "0000000000000b0b"));

    assertEquals(5, multicast.enqueue(globalAdmin(), id, 3, new byte[] {1, 2}));
    assertEquals(6, multicast.enqueue(globalAdmin(), id, 4, new byte[] {3}));

    assertEquals(4, service.queue(id).size(), "two frames, two gateways each");
    List<MulticastQueueItem> frames = multicast.queue(globalAdmin(), id);
    assertEquals(List.of(5L, 6L), frames.stream().map(MulticastQueueItem::fCnt).toList());
    assertEquals(3, frames.get(0).fPort());
    assertArrayEquals(new byte[] {1, 2}, frames.get(0).data());
    assertArrayEquals(new byte[] {3}, frames.get(1).data());
    assertEquals(4, multicast.flush(globalAdmin(), id));
    assertTrue(multicast.queue(globalAdmin(), id).isEmpty());
  }

  @Test
  void deleting_a_group_removes_it() {
    UUID id = multicast.create(globalAdmin(), app, group(UUID.randomUUID(), 0));
    multicast.delete(globalAdmin(), id);
    assertCode(ErrorCode.NOT_FOUND, () -> multicast.get(globalAdmin(), id));
    assertCode(ErrorCode.NOT_FOUND, () -> multicast.delete(globalAdmin(), id));
  }

  @Test
  void a_group_without_application_is_for_global_admins_only() {
    UUID id = UUID.randomUUID();
    service.create(group(id, 0));
    assertNull(multicast.get(globalAdmin(), id).applicationId());
    assertThrows(io.longwave.application.auth.AccessDeniedException.class,
        () -> multicast.get(DeviceManagementFixture.orgAdmin(), id));
  }
}
