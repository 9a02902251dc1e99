package io.longwave.domain.device;

import java.util.Map;

/**
 * What a device carries for people and the application side but the network server does not use
 * (ChirpStack v3 {@code Device}: description, tags exported in events, variables for codecs and
 * integrations, reference altitude for geolocation).
 *
 * @param description free text, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param tags key-value pairs exported with the device's events
 * @param variables key-value pairs the codecs and integrations may read (secrets)
 * @param referenceAltitude the device's altitude in metres, for geolocation
 */
public record DeviceDetails(
    String description,
    Map<String, String> tags,
    Map<String, String> variables,
    double referenceAltitude) {

  /** The longest description accepted (the column's width). */
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  /** No description, tags or variables. */
  public static final DeviceDetails NONE = new DeviceDetails("", Map.of(), Map.of(), 0);

  public DeviceDetails {
    description = description == null ? "" : description;
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException(
          "the description is longer than " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    tags = StringMap.copyOf("tags", tags);
    variables = StringMap.copyOf("variables", variables);
    if (!Double.isFinite(referenceAltitude)) {
      throw new IllegalArgumentException("the reference altitude must be a finite number");
    }
  }
}
