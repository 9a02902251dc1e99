package io.longwave.application.management;

import io.longwave.application.error.ErrorCode;
import io.longwave.application.error.ApiException;
import static io.longwave.application.management.DeviceManagementFixture.ORG;
import static io.longwave.application.management.DeviceManagementFixture.OTHER_ORG;
import static io.longwave.application.management.DeviceManagementFixture.applicationKey;
import static io.longwave.application.management.DeviceManagementFixture.device;
import static io.longwave.application.management.DeviceManagementFixture.deviceAdmin;
import static io.longwave.application.management.DeviceManagementFixture.gatewayAdmin;
import static io.longwave.application.management.DeviceManagementFixture.globalAdmin;
import static io.longwave.application.management.DeviceManagementFixture.outsider;
import static io.longwave.application.management.DeviceManagementFixture.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceServiceTest {

  private static final Eui64 EUI = Eui64.parse("0102030405060708");
  private static final Aes128Key KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");

  private final DeviceManagementFixture f = new DeviceManagementFixture();
  private final long app = f.createApplication("sensors");
  private final DeviceProfile profile = f.createProfile(ORG, true);

  @Test
  void creates_and_reads_a_device_with_its_details() {
    f.devices.create(deviceAdmin(), device(EUI, app, profile.id()));
    DeviceSummary got = f.devices.get(viewer(), EUI);
    assertEquals("dev-" + EUI, got.device().name());
    assertEquals("profile", got.deviceProfileName());
    assertEquals(new DeviceDetails("a sensor", Map.of("room", "1"), Map.of("k", "v"), 12.5),
        got.device().details());
    assertNull(got.lastSeenAt());
  }

  @Test
  void refuses_a_duplicate_dev_eui() {
    f.devices.create(globalAdmin(), device(EUI, app, profile.id()));
    ApiException e = assertThrows(ApiException.class,
        () -> f.devices.create(globalAdmin(), device(EUI, app, profile.id())));
    assertEquals(ErrorCode.ALREADY_EXISTS, e.code());
  }

  @Test
  void refuses_a_profile_of_another_organization() {
    DeviceProfile foreign = f.createProfile(OTHER_ORG, true);
    ApiException e = assertThrows(ApiException.class,
        () -> f.devices.create(globalAdmin(), device(EUI, app, foreign.id())));
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @Test
  void refuses_unknown_application_and_profile() {
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class,
        () -> f.devices.create(globalAdmin(), device(EUI, 999, profile.id()))).code());
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class,
        () -> f.devices.create(globalAdmin(), device(EUI, app, java.util.UUID.randomUUID())))
        .code());
  }

  @Test
  void counts_devices_against_the_organizations_maximum() {
    f.store.addOrganization(ORG, 2);
    long second = f.createApplication("meters");
    f.devices.create(globalAdmin(), device(new Eui64(1), app, profile.id()));
    f.devices.create(globalAdmin(), device(new Eui64(2), second, profile.id()));
    ApiException e = assertThrows(ApiException.class,
        () -> f.devices.create(globalAdmin(), device(new Eui64(3), app, profile.id())));
    assertEquals(ErrorCode.FAILED_PRECONDITION, e.code());
    f.devices.delete(globalAdmin(), new Eui64(1));
    f.devices.create(globalAdmin(), device(new Eui64(3), app, profile.id()));
  }

  @Test
  void viewers_read_device_admins_write_and_others_are_refused() {
    assertThrows(AccessDeniedException.class,
        () -> f.devices.create(viewer(), device(EUI, app, profile.id())));
    assertThrows(AccessDeniedException.class,
        () -> f.devices.create(gatewayAdmin(), device(EUI, app, profile.id())));
    f.devices.create(deviceAdmin(), device(EUI, app, profile.id()));
    f.devices.get(viewer(), EUI);
    assertThrows(AccessDeniedException.class, () -> f.devices.get(outsider(), EUI));
    assertThrows(AccessDeniedException.class, () -> f.devices.delete(viewer(), EUI));
  }

  @Test
  void an_application_key_reaches_only_its_applications_devices() {
    long other = f.createApplication("other");
    f.devices.create(applicationKey(app), device(EUI, app, profile.id()));
    f.devices.create(globalAdmin(), device(new Eui64(9), other, profile.id()));
    assertThrows(AccessDeniedException.class,
        () -> f.devices.get(applicationKey(app), new Eui64(9)));
    Page<DeviceSummary> page = f.devices.list(applicationKey(app),
        new DeviceFilter(null, null, null, null), 10, 0);
    assertEquals(1, page.totalCount());
    assertEquals(EUI, page.items().get(0).device().devEui());
    assertThrows(AccessDeniedException.class, () -> f.devices.list(applicationKey(app),
        new DeviceFilter(other, null, null, null), 10, 0));
  }

  @Test
  void lists_with_search_and_paging_and_requires_an_application_for_non_admins() {
    for (int i = 1; i <= 5; i++) {
      f.devices.create(globalAdmin(), device(new Eui64(i), app, profile.id()));
    }
    Page<DeviceSummary> page =
        f.devices.list(viewer(), new DeviceFilter(app, null, null, null), 2, 2);
    assertEquals(5, page.totalCount());
    assertEquals(2, page.items().size());
    assertEquals(1, f.devices.list(viewer(),
        new DeviceFilter(app, null, null, "0000000000000003"), 10, 0).totalCount());
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(
        ApiException.class,
        () -> f.devices.list(viewer(), new DeviceFilter(null, null, null, null), 10, 0)).code());
  }

  @Test
  void update_keeps_keys_and_refuses_moving_the_device() {
    f.devices.create(globalAdmin(), device(EUI, app, profile.id()));
    f.devices.createKeys(globalAdmin(), EUI, DeviceKeys.lorawan10(KEY));
    Device changed = new Device(EUI, "renamed", app, profile.id(), null, null, true, false, 0,
        DeviceDetails.NONE, null);
    f.devices.update(deviceAdmin(), changed);
    Device stored = f.deviceRepository.find(EUI).orElseThrow();
    assertEquals("renamed", stored.name());
    assertTrue(stored.skipFCntCheck());
    assertEquals(KEY, stored.keys().nwkKey());
    long other = f.createApplication("other");
    Device moved = new Device(EUI, "x", other, profile.id(), null, null, false, false, 0);
    assertEquals(ErrorCode.INVALID_ARGUMENT,
        assertThrows(ApiException.class, () -> f.devices.update(globalAdmin(), moved))
            .code());
  }

  @Test
  void keys_are_created_once_updated_read_and_deleted() {
    f.devices.create(globalAdmin(), device(EUI, app, profile.id()));
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class,
        () -> f.devices.getKeys(viewer(), EUI)).code());
    f.devices.createKeys(deviceAdmin(), EUI, DeviceKeys.lorawan10(KEY));
    assertEquals(ErrorCode.ALREADY_EXISTS, assertThrows(
        ApiException.class,
        () -> f.devices.createKeys(deviceAdmin(), EUI, DeviceKeys.lorawan10(KEY))).code());
    DeviceKeys v11 = new DeviceKeys(KEY, Aes128Key.parse("ffffffffffffffffffffffffffffffff"));
    f.devices.updateKeys(deviceAdmin(), EUI, v11);
    assertEquals(v11, f.devices.getKeys(viewer(), EUI));
    assertThrows(AccessDeniedException.class, () -> f.devices.deleteKeys(viewer(), EUI));
    f.devices.deleteKeys(deviceAdmin(), EUI);
    assertNull(f.deviceRepository.find(EUI).orElseThrow().keys());
  }
}
