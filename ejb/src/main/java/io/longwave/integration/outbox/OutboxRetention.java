package io.longwave.integration.outbox;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the outbox bounded: events stored longer ago than {@link OutboxSettings#maxAge} are
 * dropped, then the oldest events of any target above {@link OutboxSettings#maxQueuedPerTarget}.
 * Every drop is counted per target (state row and listener) and logged.
 */
public final class OutboxRetention {

  private static final Logger LOG = System.getLogger(OutboxRetention.class.getName());

  private final OutboxStore store;
  private final OutboxSettings settings;
  private final Clock clock;
  private final OutboxListener listener;

  public OutboxRetention(
      OutboxStore store, OutboxSettings settings, Clock clock, OutboxListener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** One pass; returns the number of events dropped. */
  public int apply() {
    int total = report(store.dropQueuedBefore(clock.instant().minus(settings.maxAge())),
        "older than " + settings.maxAge());
    total += report(store.trimTo(settings.maxQueuedPerTarget()),
        "beyond " + settings.maxQueuedPerTarget() + " queued");
    return total;
  }

  private int report(Map<String, Integer> dropped, String reason) {
    int total = 0;
    for (Map.Entry<String, Integer> e : dropped.entrySet()) {
      LOG.log(Level.WARNING, "integration target {0}: {1} undelivered events dropped ({2})",
          e.getKey(), e.getValue(), reason);
      listener.dropped(e.getKey(), e.getValue());
      total += e.getValue();
    }
    return total;
  }
}
