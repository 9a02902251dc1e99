package io.longwave.application.management;

import io.longwave.application.error.ApiException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.DeviceCatalog;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileCatalog;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.StoredDeviceProfile;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.UUID;

/**
 * Device profiles (ChirpStack v3 {@code DeviceProfileService}): create, read, update, delete and
 * list per organization. Checks: the organization and network server exist, the settings fit
 * the region (receive windows, data rates); the organization of a profile does not change; a
 * profile devices use cannot be deleted. Every call is one transaction.
 */
@ApplicationScoped
@Transactional
public class DeviceProfileService {

  private DeviceProfileRepository profiles;
  private DeviceProfileCatalog catalog;
  private DeviceCatalog devices;
  private ApplicationRepository applications;
  private OrganizationLimits organizations;

  protected DeviceProfileService() {}

  @Inject
  public DeviceProfileService(
      DeviceProfileRepository profiles,
      DeviceProfileCatalog catalog,
      DeviceCatalog devices,
      ApplicationRepository applications,
      OrganizationLimits organizations) {
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.applications = Objects.requireNonNull(applications, "applications");
    this.organizations = Objects.requireNonNull(organizations, "organizations");
  }

  /** Creates the profile (its id chosen by the caller, normally random). */
  public UUID create(AccessPolicy policy, DeviceProfile profile) {
    long org = organizationOf(profile);
    ManagementAccess.requireDeviceProfileWrite(policy, org);
    if (organizations.maxDeviceCount(org).isEmpty()) {
      throw ApiException.notFound("no organization " + org);
    }
    check(profile);
    if (catalog.find(profile.id()).isPresent()) {
      throw ApiException.alreadyExists("a device profile " + profile.id() + " exists already");
    }
    profiles.save(profile);
    return profile.id();
  }

  public StoredDeviceProfile get(AccessPolicy policy, UUID id) {
    StoredDeviceProfile stored = find(id);
    requireRead(policy, stored.profile());
    return stored;
  }

  /** Replaces the profile's settings; its organization stays. */
  public void update(AccessPolicy policy, DeviceProfile changed) {
    DeviceProfile stored = find(changed.id()).profile();
    long org = organizationOf(stored);
    ManagementAccess.requireDeviceProfileWrite(policy, org);
    if (!Objects.equals(changed.details().organizationId(), stored.details().organizationId())) {
      throw ApiException.invalidArgument("the organization of a device profile cannot be changed");
    }
    check(changed);
    profiles.save(keepNetworkSettings(changed, stored));
  }

  /** Deletes the profile, unless devices use it. */
  public void delete(AccessPolicy policy, UUID id) {
    DeviceProfile stored = find(id).profile();
    ManagementAccess.requireDeviceProfileWrite(policy, organizationOf(stored));
    long users = devices.countWithProfile(id);
    if (users > 0) {
      throw ApiException.failedPrecondition("the device profile " + id + " is used by " + users
          + " device(s); delete or move them first");
    }
    catalog.delete(id);
  }

  /**
   * A page of profiles by name: of an organization, or of the application's organization; only
   * a global admin lists every organization's.
   */
  public Page<StoredDeviceProfile> list(
      AccessPolicy policy, Long organizationId, Long applicationId, int limit, int offset) {
    Long org = organizationId;
    if (applicationId != null) {
      Application app = applications.find(applicationId)
          .orElseThrow(() -> ApiException.notFound("no application " + applicationId));
      ManagementAccess.requireApplicationRead(policy, app);
      if (org != null && org != app.organizationId()) {
        return new Page<>(0, java.util.List.of());
      }
      org = app.organizationId();
    } else if (org == null) {
      policy.requireGlobalAdmin();
    } else {
      ManagementAccess.requireDeviceProfileRead(policy, org, keyApplicationOrganization(policy));
    }
    return new Page<>(catalog.count(org), catalog.list(org, limit, offset));
  }

  private void requireRead(AccessPolicy policy, DeviceProfile profile) {
    Long org = profile.details().organizationId();
    if (org == null) {
      policy.requireGlobalAdmin();
      return;
    }
    ManagementAccess.requireDeviceProfileRead(policy, org, keyApplicationOrganization(policy));
  }

  /**
   * {@code changed} with the settings the API does not carry kept from {@code stored}; the
   * geolocation settings the API does carry come from {@code changed}.
   */
  private static DeviceProfile keepNetworkSettings(DeviceProfile changed, DeviceProfile stored) {
    DeviceProfile c = changed;
    return new DeviceProfile(c.id(), c.name(), c.region(), c.macVersion(), c.regParamsRevision(),
        c.supportsOtaa(), c.supportsClassB(), c.supportsClassC(), c.classBTimeoutSeconds(),
        c.pingSlotPeriodicity(), c.classCTimeoutSeconds(), c.abpRx1Delay(), c.abpRx1DrOffset(),
        c.abpRx2Dr(), c.abpRx2FrequencyHz(), c.maxEirpDbm(), c.adrAlgorithmId(),
        c.uplinkIntervalSeconds(), stored.deviceStatusRequestsPerDay(),
        stored.flushQueueOnActivate(), c.geolocEnabled(), c.geolocBufferTtlSeconds(),
        c.geolocMinBufferSize(), c.details());
  }

  private Long keyApplicationOrganization(AccessPolicy policy) {
    Long keyApp = ManagementAccess.keyApplication(policy);
    return keyApp == null ? null
        : applications.find(keyApp).map(Application::organizationId).orElse(null);
  }

  private StoredDeviceProfile find(UUID id) {
    return catalog.find(id)
        .orElseThrow(() -> ApiException.notFound("no device profile " + id));
  }

  private static long organizationOf(DeviceProfile profile) {
    Long org = profile.details().organizationId();
    if (org == null) {
      throw ApiException.invalidArgument("a device profile needs an organizationID");
    }
    return org;
  }

  /** The settings ChirpStack would refuse, or that would fail the flows later. */
  private void check(DeviceProfile p) {
    DeviceProfileDetails d = p.details();
    if (!catalog.networkServerExists(d.networkServerId())) {
      throw ApiException.notFound("no network server " + d.networkServerId());
    }
    Region region = Regions.get(p.region());
    require(p.classBTimeoutSeconds() >= 0, "classBTimeout must not be negative");
    require(p.classCTimeoutSeconds() >= 0, "classCTimeout must not be negative");
    require(p.abpRx1Delay() >= 0 && p.abpRx1Delay() <= 15, "rxDelay1 is 0..15 seconds");
    require(p.abpRx1DrOffset() >= 0 && p.abpRx1DrOffset() <= region.maxRx1DrOffset(),
        "rxDROffset1 is 0.." + region.maxRx1DrOffset() + " in " + region.id());
    require(p.abpRx2FrequencyHz() >= 0, "rxFreq2 must not be negative");
    require(p.maxEirpDbm() >= 0 && p.maxEirpDbm() <= 36, "maxEIRP is 0..36 dBm");
    require(p.uplinkIntervalSeconds() >= 0, "uplinkInterval must not be negative");
    require(p.deviceStatusRequestsPerDay() >= 0, "the device-status frequency must not be"
        + " negative");
    if (!p.supportsOtaa()) {
      requireDataRate(region, p.abpRx2Dr(), "rxDataRate2");
    }
    if (p.supportsClassB()) {
      requireDataRate(region, d.pingSlotDr(), "pingSlotDR");
    }
  }

  private static void requireDataRate(Region region, int dr, String field) {
    try {
      region.dataRate(dr);
    } catch (LorawanFormatException e) {
      throw ApiException.invalidArgument(field + " " + dr + " is not a data rate of "
          + region.id());
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw ApiException.invalidArgument(message);
    }
  }
}
