package io.longwave.integration.outbox;

import io.longwave.integration.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One event waiting in the outbox for one target.
 *
 * @param seq the publication order; a target's events are delivered by increasing seq
 * @param targetId the target the event waits for
 * @param event the event, with both bodies
 * @param queuedAt when it was stored
 * @param attempts failed deliveries so far
 * @param nextAttemptAt not to be tried before this time
 */
public record OutboxEntry(
    long seq,
    String targetId,
    IntegrationEvent event,
    Instant queuedAt,
    int attempts,
    Instant nextAttemptAt) {

  public OutboxEntry {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(queuedAt, "queuedAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
  }
}
