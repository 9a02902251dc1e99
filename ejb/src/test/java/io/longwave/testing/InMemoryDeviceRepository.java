package io.longwave.testing;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Devices and device profiles in maps. */
public final class InMemoryDeviceRepository implements DeviceRepository, DeviceProfileRepository {

  private final ConcurrentHashMap<Eui64, Device> devices = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, DeviceProfile> profiles = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Eui64, Instant> lastSeen = new ConcurrentHashMap<>();
  private final AtomicInteger markSeenWrites = new AtomicInteger();

  @Override
  public Optional<Device> find(Eui64 devEui) {
    return Optional.ofNullable(devices.get(devEui));
  }

  @Override
  public void save(Device device) {
    devices.put(device.devEui(), device);
  }

  @Override
  public void markSeen(Eui64 devEui, Instant at) {
    if (devices.containsKey(devEui)) {
      markSeenWrites.incrementAndGet();
      lastSeen.merge(devEui, at, (old, now) -> now.isAfter(old) ? now : old);
    }
  }

  @Override
  public Optional<Instant> lastSeenAt(Eui64 devEui) {
    return Optional.ofNullable(lastSeen.get(devEui));
  }

  /** How often {@link #markSeen} wrote, over all devices. */
  public int markSeenWrites() {
    return markSeenWrites.get();
  }

  @Override
  public Optional<DeviceProfile> find(UUID id) {
    return Optional.ofNullable(profiles.get(id));
  }

  @Override
  public void save(DeviceProfile profile) {
    profiles.put(profile.id(), profile);
  }

  /** Every device stored. */
  public java.util.Collection<Device> devices() {
    return devices.values();
  }

  /** Removes a device; false when there was none. */
  public boolean remove(Eui64 devEui) {
    lastSeen.remove(devEui);
    return devices.remove(devEui) != null;
  }

  /** Every profile stored. */
  public java.util.Collection<DeviceProfile> profiles() {
    return profiles.values();
  }

  /** Removes a profile; false when there was none. */
  public boolean removeProfile(UUID id) {
    return profiles.remove(id) != null;
  }
}
