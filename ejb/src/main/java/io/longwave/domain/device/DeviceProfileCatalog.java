package io.longwave.domain.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The management side's queries and deletions over device profiles, next to {@link
 * DeviceProfileRepository} which the network server uses. Threading: implementations are
 * thread-safe.
 */
public interface DeviceProfileCatalog {

  Optional<StoredDeviceProfile> find(UUID id);

  /**
   * A page of profiles ordered by name.
   *
   * @param organizationId only the organization's profiles, or null for all
   */
  List<StoredDeviceProfile> list(Long organizationId, int limit, int offset);

  long count(Long organizationId);

  /** Deletes the profile; false when there was none. Devices must not use it any more. */
  boolean delete(UUID id);

  /** True when a network server of this id exists. */
  boolean networkServerExists(long networkServerId);
}
