package io.longwave.uplink.dedup;

import static io.longwave.uplink.dedup.Copies.EU868_SF7;
import static io.longwave.uplink.dedup.Copies.heard;
import static io.longwave.uplink.dedup.Copies.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UplinkDeduplicatorTest {

  private static final Duration WINDOW = Duration.ofMillis(200);
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  /** Runs scheduled tasks only when the test says so, in order. */
  private static final class ManualScheduler implements UplinkDeduplicator.Scheduler {
    final Deque<Runnable> due = new ArrayDeque<>();
    final List<Duration> delays = new ArrayList<>();

    @Override
    public void schedule(Runnable task, Duration delay) {
      due.add(task);
      delays.add(delay);
    }

    void runNext() {
      due.removeFirst().run();
    }
  }

  private final InMemoryDeduplicationStore store = new InMemoryDeduplicationStore();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<UplinkFrameSet> handled = new ArrayList<>();
  private final UplinkDeduplicator dedup =
      new UplinkDeduplicator(
          store, scheduler, WINDOW, handled::add, Clock.fixed(T0, ZoneOffset.UTC));

  @Test
  void three_gateways_give_one_frame_set_with_every_reception_best_first() {
    byte[] phy = uplink(7);
    assertTrue(dedup.collect(heard(phy, EU868_SF7, 1, 2.5, -100)));
    assertFalse(dedup.collect(heard(phy, EU868_SF7, 2, 9.0, -70)));
    assertFalse(dedup.collect(heard(phy, EU868_SF7, 3, 9.0, -60)));
    assertEquals(List.of(WINDOW), scheduler.delays, "one window, closing after the delay");
    assertTrue(handled.isEmpty(), "nothing is handed on while the window is open");

    scheduler.runNext();

    assertEquals(1, handled.size());
    UplinkFrameSet set = handled.get(0);
    assertEquals(List.of(3L, 2L, 1L), gateways(set), "SNR first, then RSSI");
    assertEquals(T0, set.receivedAt());
    assertEquals(EU868_SF7, set.txInfo());
  }

  @Test
  void a_copy_after_the_window_closed_is_dropped_until_the_key_is_forgotten() {
    byte[] phy = uplink(8);
    dedup.collect(heard(phy, EU868_SF7, 1, 5, -80));
    scheduler.runNext();
    assertFalse(dedup.collect(heard(phy, EU868_SF7, 2, 5, -80)), "late copy");
    assertEquals(1, handled.size());
    assertEquals(1, handled.get(0).rxInfo().size());

    scheduler.runNext(); // forgets the key one window later
    assertEquals(0, store.size());
    assertTrue(dedup.collect(heard(phy, EU868_SF7, 2, 5, -80)), "now it is a new uplink");
  }

  @Test
  void the_same_payload_on_another_frequency_or_data_rate_is_another_uplink() {
    byte[] phy = uplink(9);
    UplinkTxInfo otherFrequency = new UplinkTxInfo(868_300_000L, EU868_SF7.modulation());
    UplinkTxInfo otherDr =
        new UplinkTxInfo(
            868_100_000L, new LoraModulation(125_000, 8, CodeRate.CR_4_5, false));
    assertTrue(dedup.collect(heard(phy, EU868_SF7, 1, 5, -80)));
    assertTrue(dedup.collect(heard(phy, otherFrequency, 1, 5, -80)));
    assertTrue(dedup.collect(heard(phy, otherDr, 1, 5, -80)));
    assertTrue(dedup.collect(heard(uplink(10), EU868_SF7, 1, 5, -80)));
  }

  @Test
  void the_polarisation_reported_by_a_gateway_does_not_split_copies() {
    byte[] phy = uplink(11);
    UplinkTxInfo inverted =
        new UplinkTxInfo(868_100_000L, new LoraModulation(125_000, 7, CodeRate.CR_4_5, true));
    assertTrue(dedup.collect(heard(phy, EU868_SF7, 1, 5, -80)));
    assertFalse(dedup.collect(heard(phy, inverted, 2, 5, -80)));
  }

  @Test
  void copies_on_many_threads_give_exactly_one_set_per_uplink() throws Exception {
    int uplinks = 400;
    int gateways = 3;
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    Queue<UplinkFrameSet> sets = new ConcurrentLinkedQueue<>();
    CountDownLatch all = new CountDownLatch(uplinks);
    UplinkDeduplicator concurrent =
        new UplinkDeduplicator(
            new InMemoryDeduplicationStore(),
            (task, delay) -> timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS),
            Duration.ofMillis(100),
            s -> {
              sets.add(s);
              all.countDown();
            },
            Clock.systemUTC());
    // One thread per gateway, as when each gateway's datagrams are delivered on their own worker.
    List<Thread> threads = new ArrayList<>();
    for (int g = 0; g < gateways; g++) {
      long gw = g + 1;
      threads.add(
          new Thread(
              () -> {
                for (int n = 0; n < uplinks; n++) {
                  concurrent.collect(heard(uplink(n), EU868_SF7, gw, gw, -90));
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(all.await(10, TimeUnit.SECONDS), "every uplink is handed on");
    Thread.sleep(300); // no second set may follow
    timer.shutdownNow();

    assertEquals(uplinks, sets.size(), "one set per uplink, no duplicates");
    Set<Integer> fCnts = new HashSet<>();
    for (UplinkFrameSet s : sets) {
      fCnts.add(((s.phyPayload()[6] & 0xff) << 8) | (s.phyPayload()[7] & 0xff));
      assertEquals(List.of(3L, 2L, 1L), gateways(s), "every copy, best first");
    }
    assertEquals(uplinks, fCnts.size(), "each uplink once");
  }

  private static List<Long> gateways(UplinkFrameSet set) {
    List<Long> ids = new ArrayList<>();
    for (UplinkRxInfo rx : set.rxInfo()) {
      ids.add(rx.gatewayId().value());
    }
    return ids;
  }
}
