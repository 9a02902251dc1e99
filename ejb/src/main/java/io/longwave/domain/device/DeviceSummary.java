package io.longwave.domain.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A device as lists show it: the device, its profile's name and when it was last seen.
 *
 * @param device the device (without its keys)
 * @param deviceProfileName the name of its profile
 * @param lastSeenAt its stored last-seen time, or null
 */
public record DeviceSummary(Device device, String deviceProfileName, Instant lastSeenAt) {

  public DeviceSummary {
    Objects.requireNonNull(device, "device");
    deviceProfileName = deviceProfileName == null ? "" : deviceProfileName;
  }
}
