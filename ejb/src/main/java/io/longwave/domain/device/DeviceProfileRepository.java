package io.longwave.domain.device;

import java.util.Optional;
import java.util.UUID;

/** Stores device profiles. Threading: implementations are thread-safe. */
public interface DeviceProfileRepository {

  Optional<DeviceProfile> find(UUID id);

  /** Creates or replaces the profile. */
  void save(DeviceProfile profile);
}
