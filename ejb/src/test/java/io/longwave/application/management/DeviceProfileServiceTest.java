package io.longwave.application.management;

import io.longwave.application.error.ErrorCode;
import io.longwave.application.error.ApiException;
import static io.longwave.application.management.DeviceManagementFixture.ORG;
import static io.longwave.application.management.DeviceManagementFixture.OTHER_ORG;
import static io.longwave.application.management.DeviceManagementFixture.applicationKey;
import static io.longwave.application.management.DeviceManagementFixture.device;
import static io.longwave.application.management.DeviceManagementFixture.deviceAdmin;
import static io.longwave.application.management.DeviceManagementFixture.globalAdmin;
import static io.longwave.application.management.DeviceManagementFixture.outsider;
import static io.longwave.application.management.DeviceManagementFixture.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceProfileServiceTest {

  private final DeviceManagementFixture f = new DeviceManagementFixture();

  @Test
  void creates_reads_and_lists_per_organization() {
    DeviceProfile p = f.createProfile(ORG, true);
    f.createProfile(OTHER_ORG, true);
    assertEquals(p, f.profiles.get(viewer(), p.id()).profile());
    assertEquals(1, f.profiles.list(viewer(), ORG, null, 10, 0).totalCount());
    assertThrows(AccessDeniedException.class, () -> f.profiles.get(outsider(), p.id()));
    assertThrows(AccessDeniedException.class,
        () -> f.profiles.list(viewer(), OTHER_ORG, null, 10, 0));
    assertEquals(2, f.profiles.list(globalAdmin(), null, null, 10, 0).totalCount());
  }

  @Test
  void lists_the_profiles_an_application_may_use() {
    long app = f.createApplication("sensors");
    f.createProfile(ORG, true);
    f.createProfile(OTHER_ORG, true);
    assertEquals(1, f.profiles.list(applicationKey(app), null, app, 10, 0).totalCount());
    assertEquals(1, f.profiles.list(applicationKey(app), ORG, null, 10, 0).totalCount());
  }

  @Test
  void deleting_a_profile_in_use_is_a_failed_precondition() {
    DeviceProfile p = f.createProfile(ORG, true);
    long app = f.createApplication("sensors");
    f.devices.create(globalAdmin(), device(new Eui64(1), app, p.id()));
    ApiException e = assertThrows(ApiException.class,
        () -> f.profiles.delete(deviceAdmin(), p.id()));
    assertEquals(ErrorCode.FAILED_PRECONDITION, e.code());
    f.devices.delete(globalAdmin(), new Eui64(1));
    f.profiles.delete(deviceAdmin(), p.id());
    assertTrue(f.store.find(p.id()).isEmpty());
  }

  @Test
  void writing_needs_a_device_admin_and_not_an_application_key() {
    DeviceProfile p = f.createProfile(ORG, true);
    long app = f.createApplication("sensors");
    assertThrows(AccessDeniedException.class, () -> f.profiles.update(viewer(), p));
    assertThrows(AccessDeniedException.class, () -> f.profiles.update(applicationKey(app), p));
    f.profiles.update(deviceAdmin(), p);
  }

  @Test
  void refuses_settings_outside_the_region_and_a_change_of_organization() {
    DeviceProfile p = f.createProfile(ORG, false);
    DeviceProfile badRx2 = withRx2Dr(p, 12);
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(
        ApiException.class, () -> f.profiles.update(globalAdmin(), badRx2)).code());
    DeviceProfile moved = new DeviceProfile(p.id(), p.name(), p.region(), p.macVersion(),
        p.regParamsRevision(), p.supportsOtaa(), false, false, 60, 0, 60, 1, 0, 0, 0, 16,
        "default", 3600, 0, true, new DeviceProfileDetails(OTHER_ORG, 1, 0, 0, List.of(), 0,
            true, PayloadCodec.NONE, Map.of()));
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(
        ApiException.class, () -> f.profiles.update(globalAdmin(), moved)).code());
    DeviceProfile unknownNs = new DeviceProfile(p.id(), p.name(), p.region(), p.macVersion(),
        p.regParamsRevision(), p.supportsOtaa(), false, false, 60, 0, 60, 1, 0, 0, 0, 16,
        "default", 3600, 0, true, new DeviceProfileDetails(ORG, 5, 0, 0, List.of(), 0,
            true, PayloadCodec.NONE, Map.of()));
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(
        ApiException.class, () -> f.profiles.update(globalAdmin(), unknownNs)).code());
  }

  @Test
  void an_update_keeps_the_geolocation_settings_it_carries() {
    DeviceProfile p = f.createProfile(ORG, true);
    f.profiles.update(deviceAdmin(), p.withGeolocation(true, 120, 3));
    DeviceProfile stored = f.profiles.get(viewer(), p.id()).profile();
    assertTrue(stored.geolocEnabled());
    assertEquals(120, stored.geolocBufferTtlSeconds());
    assertEquals(3, stored.geolocMinBufferSize());
    f.profiles.update(deviceAdmin(), stored.withGeolocation(false, 0, 0));
    DeviceProfile off = f.profiles.get(viewer(), p.id()).profile();
    assertEquals(false, off.geolocEnabled());
    assertEquals(0, off.geolocBufferTtlSeconds());
  }

  private static DeviceProfile withRx2Dr(DeviceProfile p, int dr) {
    return new DeviceProfile(p.id(), p.name(), p.region(), p.macVersion(), p.regParamsRevision(),
        p.supportsOtaa(), false, false, 60, 0, 60, 1, 0, dr, 0, 16, "default", 3600, 0, true,
        p.details());
  }
}
