package io.longwave.application.management;

import io.longwave.application.error.ErrorCode;
import io.longwave.application.error.ApiException;
import static io.longwave.application.management.DeviceManagementFixture.ORG;
import static io.longwave.application.management.DeviceManagementFixture.OTHER_ORG;
import static io.longwave.application.management.DeviceManagementFixture.application;
import static io.longwave.application.management.DeviceManagementFixture.applicationKey;
import static io.longwave.application.management.DeviceManagementFixture.device;
import static io.longwave.application.management.DeviceManagementFixture.deviceAdmin;
import static io.longwave.application.management.DeviceManagementFixture.globalAdmin;
import static io.longwave.application.management.DeviceManagementFixture.orgAdmin;
import static io.longwave.application.management.DeviceManagementFixture.organizationKey;
import static io.longwave.application.management.DeviceManagementFixture.outsider;
import static io.longwave.application.management.DeviceManagementFixture.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.Eui64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationServiceTest {

  private final DeviceManagementFixture f = new DeviceManagementFixture();

  @Test
  void creates_reads_updates_and_lists() {
    long id = f.applications.create(deviceAdmin(), application("sensors", ORG, f.serviceProfile));
    assertEquals("sensors", f.applications.get(viewer(), id).name());
    f.applications.update(orgAdmin(), new Application(id, "sensors-2", "desc", ORG,
        f.serviceProfile, PayloadCodec.NONE));
    assertEquals("desc", f.applications.get(viewer(), id).description());
    f.createApplication("meters");
    Page<Application> page = f.applications.list(viewer(), ORG, "SENS", 10, 0);
    assertEquals(1, page.totalCount());
    assertEquals("sensors-2", page.items().get(0).name());
  }

  @Test
  void refuses_names_outside_the_rule_and_duplicates() {
    assertThrows(IllegalArgumentException.class,
        () -> application("has space", ORG, f.serviceProfile));
    f.createApplication("sensors");
    assertEquals(ErrorCode.ALREADY_EXISTS, assertThrows(
        ApiException.class, () -> f.createApplication("sensors")).code());
    f.applications.create(globalAdmin(), application("sensors", OTHER_ORG,
        f.otherServiceProfile));
  }

  @Test
  void refuses_unknown_organization_or_service_profile_and_one_of_another_organization() {
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class,
        () -> f.applications.create(globalAdmin(), application("a", 77, f.serviceProfile)))
        .code());
    assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class,
        () -> f.applications.create(globalAdmin(), application("a", ORG, UUID.randomUUID())))
        .code());
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(
        ApiException.class,
        () -> f.applications.create(globalAdmin(), application("a", ORG,
            f.otherServiceProfile))).code());
  }

  @Test
  void deleting_an_application_deletes_its_devices() {
    long id = f.createApplication("sensors");
    long other = f.createApplication("other");
    DeviceProfile p = f.createProfile(ORG, true);
    f.devices.create(globalAdmin(), device(new Eui64(1), id, p.id()));
    f.devices.create(globalAdmin(), device(new Eui64(2), id, p.id()));
    f.devices.create(globalAdmin(), device(new Eui64(3), other, p.id()));
    f.applications.delete(orgAdmin(), id);
    assertTrue(f.store.find(id).isEmpty());
    assertTrue(f.deviceRepository.find(new Eui64(1)).isEmpty());
    assertTrue(f.deviceRepository.find(new Eui64(3)).isPresent());
  }

  @Test
  void authorization_of_every_role() {
    Application a = application("x", ORG, f.serviceProfile);
    assertThrows(AccessDeniedException.class, () -> f.applications.create(viewer(), a));
    assertThrows(AccessDeniedException.class, () -> f.applications.create(outsider(), a));
    long id = f.applications.create(organizationKey(), a);
    assertThrows(AccessDeniedException.class, () -> f.applications.get(outsider(), id));
    assertThrows(AccessDeniedException.class,
        () -> f.applications.create(applicationKey(id), application("y", ORG, f.serviceProfile)));
    assertEquals("x", f.applications.get(applicationKey(id), id).name());
    long other = f.createApplication("other");
    assertThrows(AccessDeniedException.class, () -> f.applications.get(applicationKey(id), other));
    assertEquals(1, f.applications.list(applicationKey(id), ORG, null, 10, 0).totalCount());
    assertThrows(AccessDeniedException.class, () -> f.applications.delete(applicationKey(id), id));
    assertThrows(AccessDeniedException.class, () -> f.applications.list(viewer(), null, null, 10,
        0));
    assertEquals(2, f.applications.list(globalAdmin(), null, null, 10, 0).totalCount());
  }
}
