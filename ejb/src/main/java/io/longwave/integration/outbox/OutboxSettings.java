package io.longwave.integration.outbox;

import io.longwave.infrastructure.config.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the outbox delivers and what it keeps ({@code longwave.integration.outbox.*}).
 *
 * @param retryBase the wait after the first failure of a target's head event; doubled after each
 *     further failure
 * @param retryMax the longest wait between two attempts
 * @param maxAge events stored longer ago are dropped (counted and logged)
 * @param maxQueuedPerTarget a target's oldest events beyond this many are dropped
 * @param pollInterval how often the workers look for due events
 * @param workers threads delivering; one target uses at most one at a time
 * @param batchSize events a worker delivers for one target before it lets others go
 * @param lease how long a target stays claimed by this instance without renewal
 */
public record OutboxSettings(
    Duration retryBase,
    Duration retryMax,
    Duration maxAge,
    int maxQueuedPerTarget,
    Duration pollInterval,
    int workers,
    int batchSize,
    Duration lease) {

  public static final String PREFIX = "longwave.integration.outbox.";

  public OutboxSettings {
    positive("retry-base", retryBase);
    positive("retry-max", retryMax);
    positive("max-age", maxAge);
    positive("poll-interval", pollInterval);
    positive("lease", lease);
    if (retryMax.compareTo(retryBase) < 0) {
      throw new IllegalArgumentException(
          PREFIX + "retry-max (" + retryMax + ") is below retry-base (" + retryBase + ")");
    }
    range("max-queued-per-target", maxQueuedPerTarget, 1, 10_000_000);
    range("workers", workers, 1, 256);
    range("batch-size", batchSize, 1, 10_000);
  }

  /** The defaults: 1 s doubling to 5 min, 7 days or 100000 events, 500 ms, 4 threads. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofDays(7),
        100_000,
        Duration.ofMillis(500),
        4,
        100,
        Duration.ofSeconds(60));
  }

  /** The settings from configuration; {@code value} returns null for a key that is not set. */
  public static OutboxSettings from(Function<String, String> value) {
    OutboxSettings d = defaults();
    return new OutboxSettings(
        duration(value, "retry-base", d.retryBase()),
        duration(value, "retry-max", d.retryMax()),
        duration(value, "max-age", d.maxAge()),
        integer(value, "max-queued-per-target", d.maxQueuedPerTarget()),
        duration(value, "poll-interval", d.pollInterval()),
        integer(value, "workers", d.workers()),
        integer(value, "batch-size", d.batchSize()),
        duration(value, "lease", d.lease()));
  }

  /** The wait after the {@code attempts}-th failure in a row: base, 2 base, 4 base... up to max. */
  public Duration backoff(int attempts) {
    if (attempts < 1) {
      return Duration.ZERO;
    }
    int shift = Math.min(attempts - 1, 40);
    long baseNanos = retryBase.toNanos();
    long maxNanos = retryMax.toNanos();
    if (baseNanos > (maxNanos >> shift)) {
      return retryMax;
    }
    return Duration.ofNanos(Math.min(maxNanos, baseNanos << shift));
  }

  private static Duration duration(Function<String, String> value, String key, Duration fallback) {
    String text = value.apply(PREFIX + key);
    return text == null ? fallback : Durations.parse(PREFIX + key, text);
  }

  private static int integer(Function<String, String> value, String key, int fallback) {
    String text = value.apply(PREFIX + key);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PREFIX + key + " must be a number, got '" + text + "'");
    }
  }

  private static void positive(String key, Duration d) {
    Objects.requireNonNull(d, key);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(PREFIX + key + " must be positive, got " + d);
    }
  }

  private static void range(String key, int n, int min, int max) {
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          PREFIX + key + " must be " + min + " to " + max + ", got " + n);
    }
  }
}
