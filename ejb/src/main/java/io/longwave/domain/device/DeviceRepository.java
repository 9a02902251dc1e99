package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Optional;

/** Stores devices. Threading: implementations are thread-safe. */
public interface DeviceRepository {

  Optional<Device> find(Eui64 devEui);

  /** Creates or replaces the device. */
  void save(Device device);

  /**
   * Sets the device's last-seen time to {@code at}, unless a later one is stored; nothing for an
   * unknown device.
   */
  void markSeen(Eui64 devEui, Instant at);

  /** The device's stored last-seen time; empty for an unknown device or one never seen. */
  Optional<Instant> lastSeenAt(Eui64 devEui);
}
