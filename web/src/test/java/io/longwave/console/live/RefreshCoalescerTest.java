package io.longwave.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshCoalescerTest {

  private static final Duration WINDOW = Duration.ofMillis(50);

  /** Keeps the scheduled tasks until the test runs them. */
  private final List<Runnable> scheduled = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final RefreshCoalescer<String> coalescer = new RefreshCoalescer<>(WINDOW,
      (task, delay) -> {
        scheduled.add(task);
        delays.add(delay);
      }, notices::add);

  @Test
  void a_burst_of_changes_makes_one_notice_after_the_window() {
    coalescer.changed("a");
    coalescer.changed("a");
    coalescer.changed("a");
    assertEquals(1, scheduled.size());
    assertEquals(List.of(WINDOW), delays);
    assertTrue(notices.isEmpty(), "nothing is sent before the window ends");
    assertTrue(coalescer.pending("a"));
    runScheduled();
    assertEquals(List.of("a"), notices);
    assertFalse(coalescer.pending("a"));
  }

  @Test
  void each_key_has_its_own_notice() {
    coalescer.changed("a");
    coalescer.changed("b");
    coalescer.changed("a");
    runScheduled();
    assertEquals(List.of("a", "b"), notices);
  }

  @Test
  void a_change_after_the_notice_makes_the_next_one() {
    coalescer.changed("a");
    runScheduled();
    coalescer.changed("a");
    coalescer.changed("a");
    runScheduled();
    assertEquals(List.of("a", "a"), notices);
  }

  @Test
  void a_change_while_the_notice_is_sent_is_not_lost() {
    List<String> seen = new ArrayList<>();
    RefreshCoalescer<String>[] self = new RefreshCoalescer[1];
    self[0] = new RefreshCoalescer<>(WINDOW, (task, delay) -> scheduled.add(task), key -> {
      seen.add(key);
      if (seen.size() == 1) {
        self[0].changed(key);
      }
    });
    self[0].changed("a");
    runScheduled();
    runScheduled();
    assertEquals(List.of("a", "a"), seen);
  }

  @Test
  void a_failing_notice_does_not_stop_later_ones() {
    List<String> seen = new ArrayList<>();
    RefreshCoalescer<String> failing = new RefreshCoalescer<>(WINDOW,
        (task, delay) -> scheduled.add(task), key -> {
          seen.add(key);
          throw new IllegalStateException("socket gone");
        });
    failing.changed("a");
    runScheduled();
    failing.changed("a");
    runScheduled();
    assertEquals(List.of("a", "a"), seen);
  }

  @Test
  void a_scheduler_that_refuses_sends_the_notice_at_once() {
    RefreshCoalescer<String> refused = new RefreshCoalescer<>(WINDOW, (task, delay) -> {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }, notices::add);
    refused.changed("a");
    assertEquals(List.of("a"), notices);
    assertFalse(refused.pending("a"));
  }

  @Test
  void refuses_a_negative_window() {
    assertThrows(IllegalArgumentException.class,
        () -> new RefreshCoalescer<String>(Duration.ofMillis(-1), (t, d) -> {}, k -> {}));
  }

  private void runScheduled() {
    List<Runnable> due = new ArrayList<>(scheduled);
    scheduled.clear();
    due.forEach(Runnable::run);
  }
}
