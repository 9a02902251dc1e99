package io.longwave.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeenThrottleTest {

  private static final Eui64 GW = Eui64.parse("0102030405060708");
  private static final long SECOND = 1_000_000_000L;

  @Test
  void writes_once_per_interval_per_gateway() {
    SeenThrottle t = new SeenThrottle(Duration.ofSeconds(5));
    assertTrue(t.due(GW, 0));
    assertFalse(t.due(GW, 4 * SECOND));
    assertTrue(t.due(GW, 5 * SECOND));
    assertTrue(t.due(Eui64.parse("0000000000000001"), 5 * SECOND));
  }

  @Test
  void a_forgotten_gateway_is_written_at_once() {
    SeenThrottle t = new SeenThrottle(Duration.ofSeconds(5));
    assertTrue(t.due(GW, 0));
    t.forget(GW);
    assertTrue(t.due(GW, 1));
  }

  @Test
  void only_one_of_many_concurrent_callers_writes() throws Exception {
    SeenThrottle t = new SeenThrottle(Duration.ofSeconds(5));
    AtomicInteger writers = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.execute(
          () -> {
            try {
              go.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            if (t.due(GW, 10 * SECOND)) {
              writers.incrementAndGet();
            }
          });
    }
    go.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(1, writers.get());
  }
}
