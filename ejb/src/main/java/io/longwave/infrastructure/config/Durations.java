package io.longwave.infrastructure.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Parses durations as operators write them in configuration: {@code 200ms}, {@code 15s}, {@code
 * 5m}, {@code 2h}, {@code 30d}, or ISO-8601 ({@code PT1M}).
 */
public final class Durations {

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @param key the configuration key, for the error message
   * @throws IllegalArgumentException naming the key and the accepted forms
   */
  public static Duration parse(String key, String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (!t.isEmpty()) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        switch (t.charAt(t.length() - 1)) {
          case 's':
            return Duration.ofSeconds(n);
          case 'm':
            return Duration.ofMinutes(n);
          case 'h':
            return Duration.ofHours(n);
          case 'd':
            return Duration.ofDays(n);
          default:
            break;
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // fall through to the explanation below
    }
    throw new IllegalArgumentException(
        key + " must be a duration such as 200ms, 15s, 5m, 2h, 30d or PT1M, got '" + text + "'");
  }
}
