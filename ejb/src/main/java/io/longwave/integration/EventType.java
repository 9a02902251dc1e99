package io.longwave.integration;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of application events, named as ChirpStack v3 names them in MQTT topics ({@code
 * application/{id}/device/{devEUI}/event/{type}}) and in the HTTP integration's {@code ?event=}.
 */
public enum EventType {
  UP,
  JOIN,
  ACK,
  TXACK,
  STATUS,
  ERROR,
  LOCATION;

  /** The name used in topics and URLs, e.g. {@code up}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of a wire name, if it is one. */
  public static Optional<EventType> ofWireName(String name) {
    for (EventType type : values()) {
      if (type.wireName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
