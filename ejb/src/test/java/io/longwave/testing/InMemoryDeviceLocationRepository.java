package io.longwave.testing;

import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceLocationRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Device locations in a map; like the database, only for devices that are stored. */
public final class InMemoryDeviceLocationRepository implements DeviceLocationRepository {

  private final ConcurrentHashMap<Eui64, DeviceLocation> locations = new ConcurrentHashMap<>();
  private final DeviceRepository devices;

  public InMemoryDeviceLocationRepository(DeviceRepository devices) {
    this.devices = devices;
  }

  @Override
  public Optional<DeviceLocation> find(Eui64 devEui) {
    return Optional.ofNullable(locations.get(devEui));
  }

  @Override
  public boolean save(DeviceLocation location) {
    if (devices.find(location.devEui()).isEmpty()) {
      return false;
    }
    locations.put(location.devEui(), location);
    return true;
  }
}
