package io.longwave.application.management;

import io.longwave.application.error.ApiException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceCatalog;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Devices and their root keys (ChirpStack v3 {@code DeviceService}). Checks on create: the
 * application exists, the profile exists and belongs to the application's organization, the
 * DevEUI is new, and the organization's {@code maxDeviceCount} is not reached; a device does not
 * move to another application. Root keys follow ChirpStack: a LoRaWAN 1.0.x device's AppKey is
 * given (and kept) as {@code nwkKey}. Every call is one transaction. The device's application
 * and the owner of its profile are read through {@link DeviceOwners}, so that provisioning many
 * devices into one application does not read them again for every device.
 */
@ApplicationScoped
@Transactional
public class DeviceService {

  private DeviceRepository devices;
  private DeviceCatalog catalog;
  private DeviceProfileRepository profiles;
  private ApplicationRepository applications;
  private OrganizationLimits organizations;
  private DeviceOwners owners;

  protected DeviceService() {}

  @Inject
  public DeviceService(
      DeviceRepository devices,
      DeviceCatalog catalog,
      DeviceProfileRepository profiles,
      ApplicationRepository applications,
      OrganizationLimits organizations) {
    this(devices, catalog, profiles, applications, organizations,
        new DeviceOwners(Clock.systemUTC(), DeviceOwners.DEFAULT_TTL));
  }

  /** With the given cache of owners (shared by several services in tests). */
  public DeviceService(
      DeviceRepository devices,
      DeviceCatalog catalog,
      DeviceProfileRepository profiles,
      ApplicationRepository applications,
      OrganizationLimits organizations,
      DeviceOwners owners) {
    this.owners = Objects.requireNonNull(owners, "owners");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.applications = Objects.requireNonNull(applications, "applications");
    this.organizations = Objects.requireNonNull(organizations, "organizations");
  }

  /** Creates the device, without keys and session. */
  public void create(AccessPolicy policy, Device device) {
    Application app = application(device.applicationId());
    ManagementAccess.requireDeviceWrite(policy, app);
    requireProfileOf(app, device);
    if (devices.exists(device.devEui())) {
      throw ApiException.alreadyExists("a device with DevEUI " + device.devEui()
          + " exists already");
    }
    int max = organizations.maxDeviceCount(app.organizationId()).orElse(0);
    if (max > 0 && catalog.countInOrganization(app.organizationId()) >= max) {
      throw ApiException.failedPrecondition("organization " + app.organizationId()
          + " has reached its maximum of " + max + " devices");
    }
    devices.add(new Device(device.devEui(), device.name(), device.applicationId(),
        device.deviceProfileId(), null, null, device.skipFCntCheck(), device.disabled(), 0,
        device.details(), null));
  }

  /** The device (without keys), its profile's name and its stored last-seen time. */
  public DeviceSummary get(AccessPolicy policy, Eui64 devEui) {
    Device device = readable(policy, devEui);
    String profileName =
        profiles.find(device.deviceProfileId()).map(DeviceProfile::name).orElse("");
    return new DeviceSummary(device.withKeys(null), profileName,
        devices.lastSeenAt(devEui).orElse(null));
  }

  /**
   * Replaces what people set on the device (name, description, profile, flags, tags,
   * variables, altitude); its keys, JoinEUI, JoinNonce and status stay.
   */
  public void update(AccessPolicy policy, Device changed) {
    Device stored = find(changed.devEui());
    Application app = application(stored.applicationId());
    ManagementAccess.requireDeviceWrite(policy, app);
    if (changed.applicationId() != stored.applicationId()) {
      throw ApiException.invalidArgument("a device cannot be moved to another application");
    }
    requireProfileOf(app, changed);
    devices.save(new Device(stored.devEui(), changed.name(), stored.applicationId(),
        changed.deviceProfileId(), stored.joinEui(), stored.keys(), changed.skipFCntCheck(),
        changed.disabled(), stored.joinNonce(), changed.details(), stored.status()));
  }

  /** Deletes the device with its keys, session, DevNonces and queue. */
  public void delete(AccessPolicy policy, Eui64 devEui) {
    writable(policy, devEui);
    catalog.delete(devEui);
  }

  /**
   * A page of devices by name. An application API key lists its application's devices only;
   * other callers name the application, unless they are global admins.
   */
  public Page<DeviceSummary> list(AccessPolicy policy, DeviceFilter filter, int limit,
      int offset) {
    DeviceFilter f = filter;
    Long keyApp = ManagementAccess.keyApplication(policy);
    if (f.applicationId() == null && keyApp != null) {
      f = new DeviceFilter(keyApp, f.organizationId(), f.serviceProfileId(), f.search());
    }
    if (f.applicationId() != null) {
      ManagementAccess.requireApplicationRead(policy, application(f.applicationId()));
    } else if (f.organizationId() != null) {
      policy.requireOrganizationRead(f.organizationId());
    } else if (!policy.isGlobalAdmin()) {
      throw ApiException.invalidArgument("applicationID is required");
    }
    return new Page<>(catalog.count(f), catalog.list(f, limit, offset));
  }

  /** The device's profile, if the caller may read the device (for its region, e.g. stats). */
  public DeviceProfile profile(AccessPolicy policy, Eui64 devEui) {
    Device device = readable(policy, devEui);
    return profiles.find(device.deviceProfileId()).orElseThrow(
        () -> ApiException.notFound("no device profile " + device.deviceProfileId()));
  }

  /** Sets the device's root keys for the first time. */
  public void createKeys(AccessPolicy policy, Eui64 devEui, DeviceKeys keys) {
    Device device = writable(policy, devEui);
    if (device.keys() != null) {
      throw ApiException.alreadyExists("device " + devEui + " has keys already; update them");
    }
    devices.addKeys(devEui, Objects.requireNonNull(keys, "keys"));
  }

  /** Replaces the device's root keys. */
  public void updateKeys(AccessPolicy policy, Eui64 devEui, DeviceKeys keys) {
    Device device = writable(policy, devEui);
    requireKeys(device);
    devices.saveKeys(devEui, Objects.requireNonNull(keys, "keys"));
  }

  public DeviceKeys getKeys(AccessPolicy policy, Eui64 devEui) {
    return requireKeys(readable(policy, devEui));
  }

  public void deleteKeys(AccessPolicy policy, Eui64 devEui) {
    Device device = writable(policy, devEui);
    requireKeys(device);
    devices.saveKeys(devEui, null);
  }

  /** The device, if the caller may read it. */
  public Device readable(AccessPolicy policy, Eui64 devEui) {
    Device device = find(devEui);
    ManagementAccess.requireApplicationRead(policy, application(device.applicationId()));
    return device;
  }

  /** The device, if the caller may change it. */
  public Device writable(AccessPolicy policy, Eui64 devEui) {
    Device device = find(devEui);
    ManagementAccess.requireDeviceWrite(policy, application(device.applicationId()));
    return device;
  }

  private static DeviceKeys requireKeys(Device device) {
    return Optional.ofNullable(device.keys()).orElseThrow(
        () -> ApiException.notFound("device " + device.devEui() + " has no keys"));
  }

  private Device find(Eui64 devEui) {
    return devices.find(devEui)
        .orElseThrow(() -> ApiException.notFound("no device " + devEui));
  }

  private Application application(long id) {
    return owners.application(id, applications)
        .orElseThrow(() -> ApiException.notFound("no application " + id));
  }

  private void requireProfileOf(Application app, Device device) {
    DeviceProfile profile = owners.profileForOwner(device.deviceProfileId(), profiles)
        .orElseThrow(
            () -> ApiException.notFound("no device profile " + device.deviceProfileId()));
    Long owner = profile.details().organizationId();
    if (owner == null || owner != app.organizationId()) {
      throw ApiException.invalidArgument("the device profile " + profile.id()
          + " belongs to another organization than application " + app.id());
    }
  }
}
