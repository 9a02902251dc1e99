package io.longwave.integration.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one target is doing: what waits for it and how its deliveries went lately.
 *
 * @param targetId the target
 * @param queued events waiting
 * @param oldestQueuedAt when the oldest waiting event was stored, or null when none waits
 * @param lastSuccessAt the last delivery that succeeded, or null
 * @param lastError the message of the last failure, or null
 * @param lastErrorAt when it failed, or null
 * @param dropped events removed by retention since the target first appeared
 */
public record TargetBacklog(
    String targetId,
    long queued,
    Instant oldestQueuedAt,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt,
    long dropped) {

  /** The age of the oldest waiting event at {@code now} (zero when none waits). */
  public Duration lag(Instant now) {
    return Optional.ofNullable(oldestQueuedAt)
        .map(t -> Duration.between(t, now))
        .filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
  }
}
