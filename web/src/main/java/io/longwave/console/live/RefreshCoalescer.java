package io.longwave.console.live;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Folds the changes of a key that come within one window into one notice: the first change of a
 * key schedules its notice {@code window} later, and changes until then only join it. A change
 * after the notice has started schedules the next one, so that no change goes unnoticed.
 *
 * <p>Threading: thread-safe; {@link #changed} never blocks and is cheap enough for the uplink
 * path. Notices run on the scheduler's threads; one that throws is logged.
 */
final class RefreshCoalescer<K> {

  /** Runs a task once after a delay. */
  @FunctionalInterface
  interface Scheduler {
    void schedule(Runnable task, Duration delay);
  }

  private static final Logger LOG = System.getLogger(RefreshCoalescer.class.getName());

  private final Duration window;
  private final Scheduler scheduler;
  private final Consumer<K> notice;
  private final Set<K> pending = ConcurrentHashMap.newKeySet();

  /**
   * @param window how long the changes of a key are collected before its notice
   * @param scheduler runs the notices
   * @param notice what to do once per window for a key that changed
   */
  RefreshCoalescer(Duration window, Scheduler scheduler, Consumer<K> notice) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("the window must not be negative, got " + window);
    }
    this.window = window;
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  /** Records a change of {@code key}; its notice follows within the window. */
  void changed(K key) {
    Objects.requireNonNull(key, "key");
    if (!pending.add(key)) {
      return;
    }
    try {
      scheduler.schedule(() -> run(key), window);
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "scheduling a notice failed, sending it now: {0}", e.toString());
      run(key);
    }
  }

  /** True while a notice of {@code key} is scheduled and not yet started. */
  boolean pending(K key) {
    return pending.contains(key);
  }

  private void run(K key) {
    pending.remove(key);
    try {
      notice.accept(key);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the notice of " + key + " failed", e);
    }
  }
}
