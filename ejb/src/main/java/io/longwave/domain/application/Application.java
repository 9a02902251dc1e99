package io.longwave.domain.application;

import io.longwave.domain.device.PayloadCodec;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An application: the devices of one use case in an organization, served under one service
 * profile (ChirpStack v3 {@code Application}). Immutable.
 *
 * @param id the id, or null before it is stored
 * @param name unique in its organization, letters, digits, {@code _} and {@code -} only
 * @param description free text
 * @param organizationId the owning organization
 * @param serviceProfileId the service profile its devices are served under
 * @param codec the application-wide payload codec; deprecated in ChirpStack v3, where the device
 *     profile's codec wins
 */
public record Application(
    Long id,
    String name,
    String description,
    long organizationId,
    UUID serviceProfileId,
    PayloadCodec codec) {

  /** ChirpStack's rule for names of organizations, applications and gateways. */
  public static final Pattern NAME = Pattern.compile("^[\\w-]+$");

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public Application {
    Objects.requireNonNull(serviceProfileId, "serviceProfileId");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "the name must consist of letters, digits, _ and - only, got \"" + name + "\"");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "the name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    description = description == null ? "" : description;
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException(
          "the description is longer than " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    codec = codec == null ? PayloadCodec.NONE : codec;
  }

  /** This application with the id it was stored under. */
  public Application withId(long newId) {
    return new Application(newId, name, description, organizationId, serviceProfileId, codec);
  }
}
