package io.longwave.application.management;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryManagementStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Two organizations (1 and 2) with a service profile each, the management services over
 * in-memory stores, and callers of every role in organization 1.
 */
final class DeviceManagementFixture {

  static final long ORG = 1;
  static final long OTHER_ORG = 2;

  final InMemoryDeviceRepository deviceRepository = new InMemoryDeviceRepository();
  final InMemoryManagementStore store = new InMemoryManagementStore(deviceRepository);
  final UUID serviceProfile;
  final UUID otherServiceProfile;
  final ApplicationService applications =
      new ApplicationService(store, store, store);
  final DeviceProfileService profiles =
      new DeviceProfileService(deviceRepository, store, store, store, store);
  final DeviceService devices =
      new DeviceService(deviceRepository, store, deviceRepository, store, store);

  DeviceManagementFixture() {
    store.addOrganization(ORG, 0);
    store.addOrganization(OTHER_ORG, 0);
    serviceProfile = store.addServiceProfile(ORG);
    otherServiceProfile = store.addServiceProfile(OTHER_ORG);
  }

  static AccessPolicy globalAdmin() {
    return new AccessPolicy(new Caller.User(1, "admin", true), org -> Optional.empty());
  }

  /** A user with {@code role} in organization 1 and none elsewhere. */
  static AccessPolicy member(OrganizationRole role) {
    return new AccessPolicy(new Caller.User(9, "user@example.com", false),
        org -> org == ORG ? Optional.of(role) : Optional.empty());
  }

  static AccessPolicy orgAdmin() {
    return member(OrganizationRole.ADMIN);
  }

  static AccessPolicy deviceAdmin() {
    return member(new OrganizationRole(false, true, false));
  }

  static AccessPolicy gatewayAdmin() {
    return member(new OrganizationRole(false, false, true));
  }

  static AccessPolicy viewer() {
    return member(OrganizationRole.VIEWER);
  }

  static AccessPolicy outsider() {
    return new AccessPolicy(new Caller.User(10, "other@example.com", false),
        org -> Optional.empty());
  }

  static AccessPolicy organizationKey() {
    return new AccessPolicy(new Caller.ApiKey("k1", false, ORG, null), org -> Optional.empty());
  }

  static AccessPolicy applicationKey(long applicationId) {
    return new AccessPolicy(new Caller.ApiKey("k2", false, ORG, applicationId),
        org -> Optional.empty());
  }

  long createApplication(String name) {
    return applications.create(globalAdmin(), application(name, ORG, serviceProfile));
  }

  static Application application(String name, long org, UUID serviceProfile) {
    return new Application(null, name, "", org, serviceProfile, PayloadCodec.NONE);
  }

  /** A stored LoRaWAN 1.0.3 EU868 profile of the organization: OTAA or ABP. */
  DeviceProfile createProfile(long org, boolean otaa) {
    DeviceProfile base = DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868,
        MacVersion.LORAWAN_1_0_3);
    DeviceProfile p = new DeviceProfile(base.id(), "profile", base.region(), base.macVersion(),
        base.regParamsRevision(), otaa, false, false, 60, 0, 60, 1, 0, 0, 0, 16, "default", 3600,
        0, true, new DeviceProfileDetails(org, 1, 0, 0, List.of(), 0, true, PayloadCodec.NONE,
            Map.of()));
    profiles.create(globalAdmin(), p);
    return p;
  }

  static Device device(Eui64 devEui, long applicationId, UUID profileId) {
    return new Device(devEui, "dev-" + devEui, applicationId, profileId, null, null, false, false,
        0, new DeviceDetails("a sensor", Map.of("room", "1"), Map.of("k", "v"), 12.5), null);
  }
}
