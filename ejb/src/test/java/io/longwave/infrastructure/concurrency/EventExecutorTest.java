package io.longwave.infrastructure.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventExecutorTest {

  @Test
  void tasks_run_on_the_factory_threads() throws Exception {
    try (EventExecutor e = new EventExecutor(2, 10, r -> new Thread(r, "event-test"))) {
      CountDownLatch done = new CountDownLatch(1);
      String[] name = new String[1];
      e.execute(() -> {
        name[0] = Thread.currentThread().getName();
        done.countDown();
      });
      assertTrue(done.await(5, TimeUnit.SECONDS));
      assertEquals("event-test", name[0]);
    }
  }

  @Test
  void a_full_queue_runs_the_task_in_the_caller_so_nothing_is_dropped() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    Set<String> callers = ConcurrentHashMap.newKeySet();
    try (EventExecutor e = new EventExecutor(1, 2, r -> new Thread(r, "event-worker"))) {
      e.execute(() -> {
        try {
          release.await();
        } catch (InterruptedException x) {
          Thread.currentThread().interrupt();
        }
        ran.incrementAndGet();
      });
      for (int i = 0; i < 5; i++) {
        e.execute(() -> {
          callers.add(Thread.currentThread().getName());
          ran.incrementAndGet();
        });
      }
      assertTrue(callers.contains(Thread.currentThread().getName()),
          "the overflow ran in the caller: " + callers);
      release.countDown();
    }
    assertEquals(6, ran.get());
  }

  @Test
  void the_thread_count_is_checked() {
    assertThrows(IllegalArgumentException.class, () -> new EventExecutor(0, 1, Thread::new));
  }
}
