package io.longwave.console;

import io.longwave.application.integration.TargetState;
import io.longwave.integration.outbox.TargetBacklog;
import java.time.Duration;
import java.time.Instant;

/**
 * One delivery target of an application's integrations as its page lists it: where it delivers,
 * what waits for it and how its last deliveries went.
 *
 * @param kind the integration's name ({@code HTTP}, {@code INFLUXDB})
 * @param destination the URL it posts to
 * @param queued events waiting
 * @param oldestWaiting how long the oldest waiting event has waited ({@code -} when none waits)
 * @param lastSuccess the last delivery that succeeded, or {@code never}
 * @param lastError the last failure and when it happened, or empty
 * @param dropped events dropped by retention
 */
public record IntegrationTargetRow(String kind, String destination, long queued,
    String oldestWaiting, String lastSuccess, String lastError, long dropped) {

  /** The row of a target's state at {@code now}. */
  public static IntegrationTargetRow of(TargetState state, Instant now) {
    TargetBacklog b = state.backlog();
    String error = b.lastError() == null ? ""
        : ConsoleTime.format(b.lastErrorAt(), "") + ": " + b.lastError();
    return new IntegrationTargetRow(state.kind().name(), state.destination(), b.queued(),
        b.queued() == 0 ? "-" : age(b.lag(now)), ConsoleTime.format(b.lastSuccessAt(), "never"),
        error, b.dropped());
  }

  private static String age(Duration d) {
    long s = d.toSeconds();
    if (s < 120) {
      return s + " s";
    }
    if (s < 7200) {
      return s / 60 + " min";
    }
    return s / 3600 + " h";
  }
}
