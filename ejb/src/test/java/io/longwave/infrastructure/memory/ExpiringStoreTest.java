package io.longwave.infrastructure.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Entries that expire, taken once, and read through a loader. */
class ExpiringStoreTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ExpiringStore<String, Integer> store =
      new ExpiringStore<>(clock, Duration.ofSeconds(5));

  @Test
  void an_entry_is_returned_until_its_time_to_live_has_passed() {
    store.put("a", 1);
    clock.advance(Duration.ofMillis(4_999));
    assertEquals(Optional.of(1), store.get("a"));
    clock.advance(Duration.ofMillis(1));
    assertEquals(Optional.empty(), store.get("a"));
  }

  @Test
  void a_taken_entry_is_gone_for_the_next_caller() {
    store.put("a", 1);
    assertEquals(Optional.of(1), store.take("a"));
    assertEquals(Optional.empty(), store.take("a"));
  }

  @Test
  void expired_entries_are_swept_out_on_a_later_put() {
    store.put("a", 1);
    store.put("b", 2);
    clock.advance(Duration.ofSeconds(6));
    store.put("c", 3);
    assertEquals(1, store.size());
  }

  @Test
  void a_read_through_loads_once_per_time_to_live() {
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.of(7), store.getOrLoad("a", k -> {
        loads.incrementAndGet();
        return Optional.of(7);
      }));
    }
    assertEquals(1, loads.get());
    clock.advance(Duration.ofSeconds(5));
    store.getOrLoad("a", k -> {
      loads.incrementAndGet();
      return Optional.of(8);
    });
    assertEquals(2, loads.get());
    assertEquals(Optional.of(8), store.get("a"));
  }

  @Test
  void a_miss_of_the_loader_is_not_kept_so_a_later_entry_is_found_at_once() {
    Map<String, Integer> backing = new HashMap<>();
    assertTrue(store.getOrLoad("a", k -> Optional.ofNullable(backing.get(k))).isEmpty());
    backing.put("a", 1);
    assertEquals(Optional.of(1), store.getOrLoad("a", k -> Optional.ofNullable(backing.get(k))));
  }

  @Test
  void a_full_store_keeps_no_new_key_until_entries_expire_but_replaces_held_ones() {
    ExpiringStore<String, Integer> bounded = new ExpiringStore<>(clock, Duration.ofSeconds(5), 2);
    assertTrue(bounded.put("b", 2));
    clock.advance(Duration.ofSeconds(2));
    assertTrue(bounded.put("a", 1));
    assertEquals(false, bounded.put("c", 3));
    assertEquals(Optional.empty(), bounded.get("c"));
    assertTrue(bounded.put("a", 10));
    assertEquals(Optional.of(10), bounded.get("a"));
    clock.advance(Duration.ofMillis(3_500));
    // "b" expired; the sweep on this put frees its place
    assertTrue(bounded.put("c", 3));
    assertEquals(Optional.of(3), bounded.get("c"));
    assertEquals(2, bounded.size());
  }
}
