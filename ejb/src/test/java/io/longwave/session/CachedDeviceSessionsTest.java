package io.longwave.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Sessions kept in memory in front of their store: what is read again, and what is not. */
class CachedDeviceSessionsTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  private static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  private static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  private final SettableClock clock = new SettableClock(NOW);
  private final CountingStore store = new CountingStore();
  private final CachedDeviceSessions cached =
      new CachedDeviceSessions(store, clock, Duration.ofMinutes(1), 100);

  @Test
  void a_session_read_by_address_is_served_from_memory_until_its_time_to_live_ends() {
    store.save(session(DEV_EUI, DEV_ADDR));

    assertEquals(1, cached.findByDevAddr(DEV_ADDR).size());
    assertEquals(1, cached.findByDevAddr(DEV_ADDR).size());
    assertEquals(DEV_ADDR, cached.find(DEV_EUI).orElseThrow().devAddr());
    assertEquals(1, store.reads.get(), "one read of the store");

    clock.advance(Duration.ofMinutes(1));
    cached.findByDevAddr(DEV_ADDR);
    assertEquals(2, store.reads.get());
  }

  @Test
  void every_caller_gets_its_own_copy() {
    store.save(session(DEV_EUI, DEV_ADDR));
    DeviceSession first = cached.findByDevAddr(DEV_ADDR).get(0);
    first.fCntUp(99);

    assertEquals(0, cached.findByDevAddr(DEV_ADDR).get(0).fCntUp());
    assertEquals(0, cached.find(DEV_EUI).orElseThrow().fCntUp());
  }

  @Test
  void a_save_keeps_the_saved_session_at_its_new_version() {
    store.save(session(DEV_EUI, DEV_ADDR));
    DeviceSession s = cached.findByDevAddr(DEV_ADDR).get(0);
    s.fCntUp(7);
    cached.save(s);

    DeviceSession again = cached.findByDevAddr(DEV_ADDR).get(0);
    assertEquals(7, again.fCntUp());
    assertEquals(s.version(), again.version());
    assertEquals(1, store.reads.get());
  }

  @Test
  void a_stale_copy_fails_to_save_and_the_next_read_comes_from_the_store() {
    store.save(session(DEV_EUI, DEV_ADDR));
    DeviceSession kept = cached.findByDevAddr(DEV_ADDR).get(0);
    // another instance saves the session behind this one's back
    DeviceSession elsewhere = store.find(DEV_EUI).orElseThrow();
    elsewhere.fCntUp(40);
    store.save(elsewhere);

    kept.fCntUp(1);
    assertThrows(ConcurrentSessionUpdateException.class, () -> cached.save(kept));
    assertEquals(40, cached.findByDevAddr(DEV_ADDR).get(0).fCntUp());
    assertEquals(40, cached.find(DEV_EUI).orElseThrow().fCntUp());
  }

  @Test
  void forgetting_an_address_makes_the_next_read_go_to_the_store() {
    assertTrue(cached.findByDevAddr(DEV_ADDR).isEmpty());
    assertTrue(cached.findByDevAddr(DEV_ADDR).isEmpty());
    assertEquals(1, store.reads.get(), "an unused address is kept too");
    // a session of the address saved elsewhere is found once the address is forgotten
    store.save(session(DEV_EUI, DEV_ADDR));
    assertTrue(cached.forget(DEV_ADDR));
    assertFalse(cached.forget(DEV_ADDR), "nothing kept any more");
    assertEquals(1, cached.findByDevAddr(DEV_ADDR).size());
  }

  @Test
  void a_session_saved_here_under_a_kept_address_is_found_under_it() {
    assertTrue(cached.findByDevAddr(DEV_ADDR).isEmpty());
    cached.save(session(DEV_EUI, DEV_ADDR));

    assertEquals(List.of(DEV_EUI),
        cached.findByDevAddr(DEV_ADDR).stream().map(DeviceSession::devEui).toList());
  }

  @Test
  void a_session_that_moved_to_another_address_is_no_longer_found_under_the_old_one() {
    cached.save(session(DEV_EUI, DEV_ADDR));
    assertEquals(1, cached.findByDevAddr(DEV_ADDR).size());
    DevAddr next = DevAddr.parse("0a0b0c0d");
    // a new join: the session is replaced under a new address
    cached.delete(DEV_EUI);
    cached.save(session(DEV_EUI, next));

    assertTrue(cached.findByDevAddr(DEV_ADDR).isEmpty());
    assertEquals(1, cached.findByDevAddr(next).size());
  }

  @Test
  void a_deleted_session_is_not_found() {
    cached.save(session(DEV_EUI, DEV_ADDR));
    cached.delete(DEV_EUI);

    assertEquals(Optional.empty(), cached.find(DEV_EUI));
    assertTrue(cached.findByDevAddr(DEV_ADDR).isEmpty());
  }

  @Test
  void beyond_its_maximum_a_session_is_read_from_the_store_each_time() {
    CachedDeviceSessions small = new CachedDeviceSessions(store, clock, Duration.ofMinutes(1), 1);
    Eui64 other = Eui64.parse("0807060504030202");
    DevAddr otherAddr = DevAddr.parse("01020305");
    store.save(session(DEV_EUI, DEV_ADDR));
    store.save(session(other, otherAddr));
    small.findByDevAddr(DEV_ADDR);
    small.findByDevAddr(otherAddr);
    int reads = store.reads.get();

    assertEquals(1, small.findByDevAddr(otherAddr).size());
    assertEquals(reads + 1, store.reads.get());
    small.findByDevAddr(DEV_ADDR);
    assertEquals(reads + 1, store.reads.get(), "the first is still kept");
  }

  private static DeviceSession session(Eui64 devEui, DevAddr devAddr) {
    return new DeviceSession(devEui, devAddr, MacVersion.LORAWAN_1_0_3, RegionId.EU868, KEYS,
        NOW);
  }

  /** The in-memory store, counting its reads. */
  private static final class CountingStore implements DeviceSessionRepository {
    final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Optional<DeviceSession> find(Eui64 devEui) {
      reads.incrementAndGet();
      return sessions.find(devEui);
    }

    @Override
    public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
      reads.incrementAndGet();
      return sessions.findByDevAddr(devAddr);
    }

    @Override
    public void save(DeviceSession session) {
      sessions.save(session);
    }

    @Override
    public DeviceSession activatePendingRejoin(DeviceSession session) {
      return sessions.activatePendingRejoin(session);
    }

    @Override
    public void delete(Eui64 devEui) {
      sessions.delete(devEui);
    }
  }
}
