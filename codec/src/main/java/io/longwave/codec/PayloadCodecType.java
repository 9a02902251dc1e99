package io.longwave.codec;

import java.util.Optional;

/** The codec a device profile selects, by the names ChirpStack stores ({@code payload_codec}). */
public enum PayloadCodecType {
  /** No codec: uplinks carry only {@code data}, downlinks must give bytes. */
  NONE(""),
  /** Cayenne Low Power Payload. */
  CAYENNE_LPP("CAYENNE_LPP"),
  /** The profile's own JavaScript functions. */
  CUSTOM_JS("CUSTOM_JS");

  private final String storedName;

  PayloadCodecType(String storedName) {
    this.storedName = storedName;
  }

  /** The name in the database and the API ({@code ""} for none). */
  public String storedName() {
    return storedName;
  }

  /** The type of a stored name; null and blank mean {@link #NONE}. */
  public static Optional<PayloadCodecType> ofStoredName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of(NONE);
    }
    for (PayloadCodecType type : values()) {
      if (type.storedName.equals(name.trim())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
