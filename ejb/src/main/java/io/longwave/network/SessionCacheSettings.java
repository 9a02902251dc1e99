package io.longwave.network;

import io.longwave.infrastructure.config.Durations;
import io.longwave.session.CachedDeviceSessions;
import java.time.Duration;
import java.util.function.Function;

/**
 * How many device sessions the network server keeps in memory, and for how long ({@link
 * CachedDeviceSessions}; MicroProfile Config keys {@code longwave.network.session-cache-size}
 * and {@code longwave.network.session-cache-ttl}, listed in the README). A size of 0 keeps none:
 * every uplink reads its session from the database.
 *
 * @param maxSessions sessions kept at most; 0 for none
 * @param ttl how long a session is kept after it was read or saved
 */
public record SessionCacheSettings(int maxSessions, Duration ttl) {

  static final String SIZE = "longwave.network.session-cache-size";
  static final String TTL = "longwave.network.session-cache-ttl";

  /** Reads the settings through {@code lookup} (key to value, or null when unset). */
  public static SessionCacheSettings read(Function<String, String> lookup) {
    String size = lookup.apply(SIZE);
    int max = CachedDeviceSessions.DEFAULT_MAX_SESSIONS;
    if (size != null && !size.isBlank()) {
      try {
        max = Integer.parseInt(size.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SIZE + " must be a whole number, got " + size, e);
      }
      if (max < 0) {
        throw new IllegalArgumentException(SIZE + " must not be negative, got " + size);
      }
    }
    String ttlText = lookup.apply(TTL);
    Duration ttl = ttlText == null || ttlText.isBlank()
        ? CachedDeviceSessions.DEFAULT_TTL
        : Durations.parse(TTL, ttlText);
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(TTL + " must be positive, got " + ttlText);
    }
    return new SessionCacheSettings(max, ttl);
  }

  /** Whether sessions are kept at all. */
  public boolean enabled() {
    return maxSessions > 0;
  }
}
