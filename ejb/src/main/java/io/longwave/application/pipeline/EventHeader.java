package io.longwave.application.pipeline;

import io.longwave.application.directory.DirectoryEntry;
import io.longwave.lorawan.Eui64;
import java.util.Map;

/**
 * The fields every application event starts with (ChirpStack v3: {@code applicationID}, {@code
 * applicationName}, {@code deviceName}, {@code devEUI}) and ends with ({@code tags}).
 */
record EventHeader(
    long applicationId,
    String applicationName,
    String deviceName,
    String deviceProfileId,
    String deviceProfileName,
    Eui64 devEui,
    Map<String, String> tags) {

  static EventHeader of(DirectoryEntry device) {
    return new EventHeader(
        device.applicationId(),
        device.applicationName(),
        device.deviceName(),
        device.profile().profileId().toString(),
        device.profile().profileName(),
        device.devEui(),
        device.tags());
  }
}
