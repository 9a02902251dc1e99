package io.longwave.integration.outbox;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the outbox on an executor: every poll interval (and when woken after a publication) it
 * lists the targets with a due head event and hands each to a worker, never two workers for one
 * target, so a slow or failing target holds up only its own events. Retention runs every minute.
 * Work resumes from the store after a restart, because the store is all the state there is.
 */
public final class OutboxDispatcher {

  private static final Logger LOG = System.getLogger(OutboxDispatcher.class.getName());
  static final Duration RETENTION_INTERVAL = Duration.ofMinutes(1);

  private final OutboxStore store;
  private final OutboxDelivery delivery;
  private final OutboxRetention retention;
  private final OutboxSettings settings;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean pollQueued = new AtomicBoolean();

  public OutboxDispatcher(
      OutboxStore store,
      OutboxDelivery delivery,
      OutboxRetention retention,
      OutboxSettings settings,
      Clock clock,
      ScheduledExecutorService executor) {
    this.store = Objects.requireNonNull(store, "store");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.retention = Objects.requireNonNull(retention, "retention");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Starts polling and retention. */
  public void start() {
    long poll = settings.pollInterval().toNanos();
    executor.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.NANOSECONDS);
    executor.scheduleWithFixedDelay(
        this::applyRetention, 0, RETENTION_INTERVAL.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Asks for a poll soon (events were just committed); coalesces calls. */
  public void wake() {
    if (pollQueued.compareAndSet(false, true)) {
      try {
        executor.execute(this::poll);
      } catch (RuntimeException e) {
        pollQueued.set(false);
      }
    }
  }

  /** Hands every target with a due head event, not already being delivered, to a worker. */
  void poll() {
    pollQueued.set(false);
    try {
      List<String> due = store.dueTargets(clock.instant(), settings.workers() * 16);
      for (String target : due) {
        if (inFlight.add(target)) {
          try {
            executor.execute(() -> deliver(target));
          } catch (RuntimeException e) {
            inFlight.remove(target);
            throw e;
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox poll failed: {0}", e.toString());
    }
  }

  private void deliver(String target) {
    boolean full = false;
    try {
      full = delivery.deliverTarget(target) >= settings.batchSize();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox delivery to " + target + " failed", e);
    } finally {
      inFlight.remove(target);
    }
    if (full) {
      wake();
    }
  }

  private void applyRetention() {
    try {
      retention.apply();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox retention failed: {0}", e.toString());
    }
  }

  /** Targets being delivered now by this instance. */
  public int inFlight() {
    return inFlight.size();
  }
}
