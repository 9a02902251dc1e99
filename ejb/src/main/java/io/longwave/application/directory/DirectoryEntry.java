package io.longwave.application.directory;

import io.longwave.lorawan.Eui64;
import java.util.Map;
import java.util.Objects;

/**
 * A device as its application sees it (ChirpStack's event header: {@code applicationID}, {@code
 * applicationName}, {@code deviceName}, {@code tags}) and its profile's codec.
 *
 * @param devEui the device
 * @param deviceName the device's name
 * @param applicationId the application it belongs to
 * @param applicationName that application's name ("" when the application row is missing)
 * @param tags the device's tags, exported in every event
 * @param variables the device's variables, given to codec scripts
 * @param profile its device profile's name and codec
 */
public record DirectoryEntry(
    Eui64 devEui,
    String deviceName,
    long applicationId,
    String applicationName,
    Map<String, String> tags,
    Map<String, String> variables,
    ProfileCodec profile) {

  public DirectoryEntry {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(profile, "profile");
    deviceName = deviceName == null ? "" : deviceName;
    applicationName = applicationName == null ? "" : applicationName;
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }
}
