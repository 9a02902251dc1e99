package io.longwave.domain.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A device profile with its bookkeeping times, as the API answers it.
 *
 * @param profile the profile
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record StoredDeviceProfile(DeviceProfile profile, Instant createdAt, Instant updatedAt) {

  public StoredDeviceProfile {
    Objects.requireNonNull(profile, "profile");
  }
}
