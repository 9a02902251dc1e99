package io.longwave.geolocation;

import java.time.Duration;

/**
 * How a device's uplinks are buffered for geolocation (ChirpStack's device-profile {@code
 * geolocBufferTTL} and {@code geolocMinBufferSize}). Immutable.
 *
 * @param ttl how long an uplink stays in the buffer; zero: no buffering, each uplink is solved
 *     on its own
 * @param minBufferSize the fewest uplinks a solve needs (0 and 1 both mean one)
 */
public record BufferPolicy(Duration ttl, int minBufferSize) {

  /** No buffering. */
  public static final BufferPolicy NONE = new BufferPolicy(Duration.ZERO, 0);

  /** The most uplinks kept per device: older ones add little and cost solve time. */
  public static final int MAX_BUFFERED = 16;

  public BufferPolicy {
    if (ttl == null || ttl.isNegative()) {
      throw new IllegalArgumentException("the buffer TTL must be zero or positive: " + ttl);
    }
    if (minBufferSize < 0 || minBufferSize > MAX_BUFFERED) {
      throw new IllegalArgumentException(
          "the minimum buffer size must be 0.." + MAX_BUFFERED + ": " + minBufferSize);
    }
  }

  /** The policy of a device profile: TTL in seconds and minimum size, as stored. */
  public static BufferPolicy of(int ttlSeconds, int minBufferSize) {
    return new BufferPolicy(Duration.ofSeconds(ttlSeconds), minBufferSize);
  }

  public boolean buffering() {
    return !ttl.isZero();
  }
}
