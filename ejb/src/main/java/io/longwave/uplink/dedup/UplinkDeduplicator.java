package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Groups the receptions of one uplink into one {@link UplinkFrameSet}. The copy that opens a
 * window schedules its end after the de-duplication delay; whichever thread or instance adds
 * the other copies, they land in the same window, and one frame set with all of them goes to the
 * handler when it ends. The key is kept for one more window and then forgotten, so that late
 * copies are dropped rather than handled as a second uplink.
 *
 * <p>Threading: {@link #collect} is called concurrently; the handler is called on the scheduler's
 * threads, once per uplink.
 */
public final class UplinkDeduplicator {

  /** Runs a task after a delay: the container's managed scheduler, or a test's. */
  @FunctionalInterface
  public interface Scheduler {
    void schedule(Runnable task, Duration delay);
  }

  /** Best reception first: highest SNR, then highest RSSI. */
  static final Comparator<UplinkRxInfo> BEST_FIRST =
      Comparator.comparingDouble(UplinkRxInfo::snr)
          .thenComparingInt(UplinkRxInfo::rssi)
          .reversed();

  private final DeduplicationStore store;
  private final Scheduler scheduler;
  private final Duration delay;
  private final Consumer<UplinkFrameSet> handler;
  private final Clock clock;

  public UplinkDeduplicator(
      DeduplicationStore store,
      Scheduler scheduler,
      Duration delay,
      Consumer<UplinkFrameSet> handler,
      Clock clock) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the de-duplication delay cannot be negative");
    }
    this.store = store;
    this.scheduler = scheduler;
    this.delay = delay;
    this.handler = handler;
    this.clock = clock;
  }

  /**
   * Takes one reception.
   *
   * @return true when it opened a window (it is the first copy seen), false when it joined one
   *     or came too late
   */
  public boolean collect(UplinkFrame frame) {
    DeduplicationKey key = DeduplicationKey.of(frame);
    Instant first = clock.instant();
    if (!store.add(key, frame)) {
      return false;
    }
    scheduler.schedule(() -> closeWindow(key, first), delay);
    return true;
  }

  private void closeWindow(DeduplicationKey key, Instant first) {
    List<UplinkFrame> copies;
    try {
      copies = store.close(key);
    } finally {
      scheduler.schedule(() -> store.forget(key), delay);
    }
    if (copies.isEmpty()) {
      return;
    }
    handler.accept(frameSet(copies, first));
  }

  /** The frame set of the copies of one uplink. */
  static UplinkFrameSet frameSet(List<UplinkFrame> copies, Instant first) {
    List<UplinkRxInfo> rx = new ArrayList<>(copies.size());
    for (UplinkFrame f : copies) {
      rx.add(f.rxInfo());
    }
    rx.sort(BEST_FIRST);
    UplinkFrame one = copies.get(0);
    return new UplinkFrameSet(UUID.randomUUID(), one.phyPayload(), one.txInfo(), rx, first);
  }
}
