package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.util.Optional;

/**
 * The last resolved location of each device. Threading: implementations are thread-safe; each
 * call is a transaction of its own unless the caller has one.
 */
public interface DeviceLocationRepository {

  /** The device's location; empty when it was never located. */
  Optional<DeviceLocation> find(Eui64 devEui);

  /**
   * Stores the device's location, replacing the one before.
   *
   * @return false when the device is not stored (it was deleted meanwhile): nothing is saved
   */
  boolean save(DeviceLocation location);
}
