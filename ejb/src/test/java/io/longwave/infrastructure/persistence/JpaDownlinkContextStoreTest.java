package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.SharedDownlinkContexts;
import io.longwave.downlink.TieredDownlinkContextRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JpaDownlinkContextStore} on H2 and PostgreSQL: round trip, one taker, expiry, and two
 * instances' {@link TieredDownlinkContextRepository}s on one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDownlinkContextStoreTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.123456Z");
  private static final Duration TTL = Duration.ofSeconds(30);
  private static final AtomicLong IDS = new AtomicLong(1000);

  private List<TestDatabase> databases;
  private ExecutorService threads;
  private final SettableClock clock = new SettableClock(NOW);

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("downlink_context_test").toList();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  void closeDatabases() {
    threads.shutdownNow();
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  /** The store as the container runs it: every call a transaction of its own. */
  private SharedDownlinkContexts store(TestDatabase db) {
    return new SharedDownlinkContexts() {
      private <T> T tx(Function<JpaDownlinkContextStore, T> work) {
        return db.inTransaction(em -> work.apply(new JpaDownlinkContextStore(em, clock, TTL)));
      }

      @Override
      public void save(DownlinkContext c) {
        tx(s -> {
          s.save(c);
          return null;
        });
      }

      @Override
      public Optional<DownlinkContext> find(long id) {
        return tx(s -> s.find(id));
      }

      @Override
      public Optional<DownlinkContext> take(long id) {
        return tx(s -> s.take(id));
      }

      @Override
      public boolean remove(long id) {
        return tx(s -> s.remove(id));
      }

      @Override
      public int deleteExpired(Instant now) {
        return tx(s -> s.deleteExpired(now));
      }
    };
  }

  private static DownlinkContext deviceContext() {
    return new DownlinkContext(IDS.incrementAndGet(), Eui64.parse("0102030405060708"),
        List.of(new DownlinkContext.Item(0xfffffff0L, DownlinkCounter.APPLICATION,
                UUID.randomUUID(), true),
            new DownlinkContext.Item(7, DownlinkCounter.NETWORK, null, false)),
        true, NOW, NOW.plusSeconds(12));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_every_field_of_a_device_a_multicast_and_a_join_accept_context(TestDatabase db) {
    SharedDownlinkContexts store = store(db);
    DownlinkContext device = deviceContext();
    DownlinkContext multicast =
        DownlinkContext.multicast(IDS.incrementAndGet(), UUID.randomUUID(), 42, NOW, null);
    DownlinkContext joinAccept = DownlinkContext.joinAccept(IDS.incrementAndGet(),
        Eui64.parse("0102030405060709"), NOW);
    store.save(device);
    store.save(multicast);
    store.save(joinAccept);

    assertEquals(Optional.of(device), store.find(device.downlinkId()));
    assertEquals(Optional.of(multicast), store.find(multicast.downlinkId()));
    assertEquals(Optional.of(joinAccept), store.find(joinAccept.downlinkId()));
    assertTrue(store.find(joinAccept.downlinkId()).orElseThrow().joinAccept());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_context_is_taken_once(TestDatabase db) {
    SharedDownlinkContexts store = store(db);
    DownlinkContext c = deviceContext();
    store.save(c);

    assertEquals(Optional.of(c), store.take(c.downlinkId()));
    assertEquals(Optional.empty(), store.take(c.downlinkId()));
    assertFalse(store.remove(c.downlinkId()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_repeated_downlink_id_is_stored_and_the_newer_context_found(TestDatabase db) {
    SharedDownlinkContexts store = store(db);
    long id = IDS.incrementAndGet();
    DownlinkContext older = DownlinkContext.multicast(id, UUID.randomUUID(), 1, NOW, null);
    DownlinkContext newer =
        DownlinkContext.multicast(id, UUID.randomUUID(), 2, NOW.plusSeconds(1), null);
    store.save(older);
    store.save(newer);

    assertEquals(Optional.of(newer), store.take(id));
    assertEquals(Optional.empty(), store.take(id));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_expired_context_is_not_found_and_is_deleted(TestDatabase db) {
    SharedDownlinkContexts store = store(db);
    DownlinkContext c = deviceContext();
    store.save(c);
    clock.advance(TTL);
    try {
      assertEquals(Optional.empty(), store.find(c.downlinkId()));
      assertTrue(store.deleteExpired(clock.instant()) >= 1);
      assertFalse(store.remove(c.downlinkId()));
    } finally {
      clock.advance(TTL.negated());
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void another_instance_finds_the_context_and_the_sender_then_finds_nothing(TestDatabase db) {
    SharedDownlinkContexts store = store(db);
    TieredDownlinkContextRepository sender = new TieredDownlinkContextRepository(
        new InMemoryDownlinkContextRepository(clock, TTL), store);
    TieredDownlinkContextRepository other = new TieredDownlinkContextRepository(
        new InMemoryDownlinkContextRepository(clock, TTL), store);
    DownlinkContext c = deviceContext();
    sender.save(c);

    assertEquals(Optional.of(c), other.find(c.downlinkId()));
    assertEquals(Optional.of(c), other.take(c.downlinkId()));
    assertEquals(Optional.empty(), sender.take(c.downlinkId()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void of_two_concurrent_takers_one_gets_the_context(TestDatabase db) throws Exception {
    SharedDownlinkContexts store = store(db);
    DownlinkContext c = deviceContext();
    store.save(c);
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Boolean>> results = Stream.of(1, 2)
        .map(i -> threads.submit(() -> {
          start.await();
          return store.take(c.downlinkId()).isPresent();
        }))
        .toList();
    int got = 0;
    for (Future<Boolean> r : results) {
      got += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
    }
    assertEquals(1, got);
  }
}
