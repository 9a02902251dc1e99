package io.longwave.testing;

import io.longwave.application.management.OrganizationLimits;
import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceCatalog;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileCatalog;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.domain.device.StoredDeviceProfile;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Applications, organizations (their device caps), service profiles and the management queries
 * over the devices and profiles of an {@link InMemoryDeviceRepository}.
 */
public final class InMemoryManagementStore
    implements ApplicationRepository, DeviceCatalog, DeviceProfileCatalog, OrganizationLimits {

  private final InMemoryDeviceRepository devices;
  private final ConcurrentHashMap<Long, Application> applications = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Integer> organizations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, Long> serviceProfiles = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(50);

  public InMemoryManagementStore(InMemoryDeviceRepository devices) {
    this.devices = devices;
  }

  /** Adds an organization with a device cap (0: none). */
  public void addOrganization(long id, int maxDeviceCount) {
    organizations.put(id, maxDeviceCount);
  }

  /** Adds a service profile of the organization and returns its id. */
  public UUID addServiceProfile(long organizationId) {
    UUID id = UUID.randomUUID();
    serviceProfiles.put(id, organizationId);
    return id;
  }

  @Override
  public OptionalInt maxDeviceCount(long organizationId) {
    Integer max = organizations.get(organizationId);
    return max == null ? OptionalInt.empty() : OptionalInt.of(max);
  }

  @Override
  public Optional<Application> find(long id) {
    return Optional.ofNullable(applications.get(id));
  }

  @Override
  public Optional<Application> findByName(long organizationId, String name) {
    return applications.values().stream()
        .filter(a -> a.organizationId() == organizationId && a.name().equals(name))
        .findFirst();
  }

  @Override
  public Application add(Application application) {
    Application stored = application.withId(ids.incrementAndGet());
    applications.put(stored.id(), stored);
    return stored;
  }

  @Override
  public void update(Application application) {
    applications.put(application.id(), application);
  }

  @Override
  public void delete(long id) {
    applications.remove(id);
  }

  @Override
  public List<Application> list(Long organizationId, String search, int limit, int offset) {
    return applications(organizationId, search).skip(offset).limit(limit).toList();
  }

  @Override
  public long count(Long organizationId, String search) {
    return applications(organizationId, search).count();
  }

  private Stream<Application> applications(Long organizationId, String search) {
    return applications.values().stream()
        .filter(a -> organizationId == null || a.organizationId() == organizationId)
        .filter(a -> search == null || lower(a.name()).contains(lower(search)))
        .sorted(Comparator.comparing(Application::name));
  }

  @Override
  public Optional<Long> serviceProfileOrganization(UUID serviceProfileId) {
    return Optional.ofNullable(serviceProfiles.get(serviceProfileId));
  }

  @Override
  public List<DeviceSummary> list(DeviceFilter filter, int limit, int offset) {
    return devices(filter).skip(offset).limit(limit)
        .map(d -> new DeviceSummary(d.withKeys(null),
            devices.find(d.deviceProfileId()).map(DeviceProfile::name).orElse(""),
            devices.lastSeenAt(d.devEui()).orElse(null)))
        .toList();
  }

  @Override
  public long count(DeviceFilter filter) {
    return devices(filter).count();
  }

  private Stream<Device> devices(DeviceFilter f) {
    return devices.devices().stream()
        .filter(d -> f.applicationId() == null || d.applicationId() == f.applicationId())
        .filter(d -> f.organizationId() == null || find(d.applicationId())
            .map(a -> a.organizationId() == f.organizationId()).orElse(false))
        .filter(d -> f.serviceProfileId() == null || find(d.applicationId())
            .map(a -> a.serviceProfileId().equals(f.serviceProfileId())).orElse(false))
        .filter(d -> f.search() == null || lower(d.name()).contains(lower(f.search()))
            || d.devEui().toString().contains(lower(f.search())))
        .sorted(Comparator.comparing(Device::name).thenComparing(Device::devEui));
  }

  @Override
  public long countInOrganization(long organizationId) {
    return count(new DeviceFilter(null, organizationId, null, null));
  }

  @Override
  public long countWithProfile(UUID deviceProfileId) {
    return devices.devices().stream()
        .filter(d -> d.deviceProfileId().equals(deviceProfileId)).count();
  }

  @Override
  public boolean delete(Eui64 devEui) {
    return devices.remove(devEui);
  }

  @Override
  public int deleteInApplication(long applicationId) {
    List<Eui64> gone = devices.devices().stream()
        .filter(d -> d.applicationId() == applicationId).map(Device::devEui).toList();
    gone.forEach(devices::remove);
    return gone.size();
  }

  @Override
  public Optional<StoredDeviceProfile> find(UUID id) {
    return devices.find(id).map(p -> new StoredDeviceProfile(p, Instant.EPOCH, Instant.EPOCH));
  }

  @Override
  public List<StoredDeviceProfile> list(Long organizationId, int limit, int offset) {
    return profiles(organizationId).skip(offset).limit(limit)
        .map(p -> new StoredDeviceProfile(p, Instant.EPOCH, Instant.EPOCH)).toList();
  }

  @Override
  public long count(Long organizationId) {
    return profiles(organizationId).count();
  }

  private Stream<DeviceProfile> profiles(Long organizationId) {
    return devices.profiles().stream()
        .filter(p -> organizationId == null
            || organizationId.equals(p.details().organizationId()))
        .sorted(Comparator.comparing(DeviceProfile::name));
  }

  @Override
  public boolean delete(UUID id) {
    return devices.removeProfile(id);
  }

  @Override
  public boolean networkServerExists(long networkServerId) {
    return networkServerId == 1;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** For tests that look at the raw maps. */
  Map<Long, Application> applications() {
    return applications;
  }
}
