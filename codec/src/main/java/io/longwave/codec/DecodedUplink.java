package io.longwave.codec;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * What a codec made of an uplink payload.
 *
 * @param object the decoded object (ChirpStack v3 {@code object}, v4 {@code data})
 * @param warnings what a v4 script reported in {@code warnings} (empty for other codecs)
 */
public record DecodedUplink(JsonObject object, List<String> warnings) {

  public DecodedUplink {
    Objects.requireNonNull(object, "object");
    warnings = List.copyOf(warnings);
  }

  /** A result without warnings. */
  public static DecodedUplink of(JsonObject object) {
    return new DecodedUplink(object, List.of());
  }
}
