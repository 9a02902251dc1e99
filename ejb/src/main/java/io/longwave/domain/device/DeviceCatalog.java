package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.UUID;

/**
 * The management side's queries and deletions over devices (the API's lists and the checks of
 * its use cases), next to {@link DeviceRepository} which the network server uses. Deleting a
 * device deletes its keys, session, DevNonces and queue. Threading: implementations are
 * thread-safe.
 */
public interface DeviceCatalog {

  /** A page of devices ordered by name, then DevEUI. */
  List<DeviceSummary> list(DeviceFilter filter, int limit, int offset);

  long count(DeviceFilter filter);

  /** How many devices the organization's applications hold (for {@code maxDeviceCount}). */
  long countInOrganization(long organizationId);

  /** How many devices use the profile. */
  long countWithProfile(UUID deviceProfileId);

  /** Deletes the device and what belongs to it; false when there was none. */
  boolean delete(Eui64 devEui);

  /** Deletes every device of the application; returns how many there were. */
  int deleteInApplication(long applicationId);
}
