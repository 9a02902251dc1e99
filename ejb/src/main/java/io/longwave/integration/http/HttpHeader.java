package io.longwave.integration.http;

import io.longwave.integration.config.InvalidIntegrationException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A header the HTTP integration adds to every request ({@code {"key":"...","value":"..."}}).
 * Names follow ChirpStack v3's rule {@code ^[A-Za-z0-9-]+$}; headers the HTTP client sets itself
 * are refused.
 */
public record HttpHeader(String key, String value) {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9-]+$");
  private static final Set<String> RESERVED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type");

  /** A checked header. */
  public static HttpHeader of(String key, String value) throws InvalidIntegrationException {
    if (!NAME.matcher(key).matches()) {
      throw new InvalidIntegrationException(
          "header names are letters, digits and '-', got '" + key + "'");
    }
    if (RESERVED.contains(key.toLowerCase(Locale.ROOT))) {
      throw new InvalidIntegrationException("header " + key + " is set by Longwave itself");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new InvalidIntegrationException("header " + key + " has a line break in its value");
    }
    return new HttpHeader(key, value);
  }
}
