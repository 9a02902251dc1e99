package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.util.Optional;

/** Stores devices. Threading: implementations are thread-safe. */
public interface DeviceRepository {

  Optional<Device> find(Eui64 devEui);

  /** Creates or replaces the device. */
  void save(Device device);
}
