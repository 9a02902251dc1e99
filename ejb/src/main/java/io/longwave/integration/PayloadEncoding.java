package io.longwave.integration;

import java.util.Optional;

/** How an integration renders events: ChirpStack v3's {@code marshaler} setting. */
public enum PayloadEncoding {
  /** ChirpStack v3's legacy JSON, its default. */
  JSON_V3("json_v3"),
  /** Protobuf JSON of the integration messages. */
  JSON("json");

  private final String configName;

  PayloadEncoding(String configName) {
    this.configName = configName;
  }

  /** The name used in configuration and the API. */
  public String configName() {
    return configName;
  }

  /** The encoding of a configuration name, if it is one. */
  public static Optional<PayloadEncoding> ofConfigName(String name) {
    for (PayloadEncoding encoding : values()) {
      if (encoding.configName.equals(name)) {
        return Optional.of(encoding);
      }
    }
    return Optional.empty();
  }
}
