package io.longwave.connector.backend;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a dropped message and logs why, at most once per interval per log, so a flood of bad
 * input cannot flood the log. The count always goes up; the log line says how many were
 * suppressed since the last one. Thread-safe.
 */
public final class DropLog {

  private static final Logger LOG = System.getLogger("io.longwave.connector");

  private final BridgeCounters counters;
  private final long intervalNanos;
  private final AtomicLong nextLogAt = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  public DropLog(BridgeCounters counters, long intervalMillis) {
    this.counters = counters;
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  /**
   * Records a drop: increments {@code counter} and logs {@code reason} with the source, unless a
   * line was logged within the interval.
   */
  public void drop(String counter, String source, String reason) {
    counters.increment(counter);
    long now = System.nanoTime();
    long next = nextLogAt.get();
    if ((next == Long.MIN_VALUE || now - next >= 0) && nextLogAt.compareAndSet(next, now + intervalNanos)) {
      long skipped = suppressed.getAndSet(0);
      LOG.log(
          Level.WARNING,
          "dropped message from {0}: {1} [{2}]{3}",
          source,
          reason,
          counter,
          skipped > 0 ? " (" + skipped + " more drops not logged)" : "");
    } else {
      suppressed.incrementAndGet();
    }
  }
}
