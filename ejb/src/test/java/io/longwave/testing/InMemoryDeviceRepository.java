package io.longwave.testing;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Devices and device profiles in maps. */
public final class InMemoryDeviceRepository implements DeviceRepository, DeviceProfileRepository {

  private final ConcurrentHashMap<Eui64, Device> devices = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, DeviceProfile> profiles = new ConcurrentHashMap<>();

  @Override
  public Optional<Device> find(Eui64 devEui) {
    return Optional.ofNullable(devices.get(devEui));
  }

  @Override
  public void save(Device device) {
    devices.put(device.devEui(), device);
  }

  @Override
  public Optional<DeviceProfile> find(UUID id) {
    return Optional.ofNullable(profiles.get(id));
  }

  @Override
  public void save(DeviceProfile profile) {
    profiles.put(profile.id(), profile);
  }
}
