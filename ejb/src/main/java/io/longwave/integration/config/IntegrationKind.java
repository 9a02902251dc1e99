package io.longwave.integration.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The integrations an application can configure for itself, named as ChirpStack v3's {@code
 * ListIntegrations} names them ({@code {"kind":"HTTP"}}).
 */
public enum IntegrationKind {
  HTTP("http"),
  INFLUXDB("influxdb");

  private final String pathName;

  IntegrationKind(String pathName) {
    this.pathName = pathName;
  }

  /** The name in API paths ({@code /integrations/http}) and target ids ({@code http:42:...}). */
  public String pathName() {
    return pathName;
  }

  /** The kind of a path name, if it is one. */
  public static Optional<IntegrationKind> ofPathName(String name) {
    for (IntegrationKind kind : values()) {
      if (kind.pathName.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
