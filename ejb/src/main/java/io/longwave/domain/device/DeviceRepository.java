package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Stores devices. Threading: implementations are thread-safe. */
public interface DeviceRepository {

  Optional<Device> find(Eui64 devEui);

  /** Creates or replaces the device. */
  void save(Device device);

  /** True when the device is stored; a database reads neither its row nor its keys. */
  default boolean exists(Eui64 devEui) {
    return find(devEui).isPresent();
  }

  /** Stores a device that is not stored yet (with its keys, if any), without looking first. */
  default void add(Device device) {
    save(device);
  }

  /**
   * Sets, replaces or (with null) removes the root keys of a stored device; a database does not
   * read or write the device's own row. Nothing for an unknown device.
   */
  default void saveKeys(Eui64 devEui, DeviceKeys keys) {
    find(devEui).ifPresent(d -> save(d.withKeys(keys)));
  }

  /**
   * Stores the root keys of a stored device that has none yet, without looking first: a database
   * refuses a second set as a duplicate.
   */
  default void addKeys(Eui64 devEui, DeviceKeys keys) {
    saveKeys(devEui, keys);
  }

  /**
   * Sets the device's last-seen time to {@code at}, unless a later one is stored; nothing for an
   * unknown device.
   */
  void markSeen(Eui64 devEui, Instant at);

  /**
   * {@link #markSeen} for several devices at once; a database does it in one transaction.
   *
   * @param seen each device's last-seen time
   */
  default void markSeen(Map<Eui64, Instant> seen) {
    seen.forEach(this::markSeen);
  }

  /** The device's stored last-seen time; empty for an unknown device or one never seen. */
  Optional<Instant> lastSeenAt(Eui64 devEui);
}
