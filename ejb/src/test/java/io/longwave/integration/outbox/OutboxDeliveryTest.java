package io.longwave.integration.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.infrastructure.persistence.JdbcOutboxStore;
import io.longwave.integration.IntegrationEvent;
import io.longwave.testing.IntegrationEvents;
import io.longwave.testing.OutboxDatabase;
import io.longwave.testing.RecordingIntegrationTarget;
import io.longwave.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox's delivery rules on its real store, on H2 and PostgreSQL: order per target, the
 * head retried with exponential backoff while later events wait, other targets unaffected,
 * retention, removed targets, restarts and leases.
 */
class OutboxDeliveryTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final List<OutboxDatabase> DATABASES =
      List.of(OutboxDatabase.h2("outbox_delivery"), OutboxDatabase.postgres("longwave_outbox"));

  static Stream<OutboxDatabase> databases() {
    return DATABASES.stream();
  }

  @AfterAll
  static void dropDatabases() {
    DATABASES.forEach(OutboxDatabase::close);
  }

  private static JdbcOutboxStore emptyStore(OutboxDatabase db) {
    db.execute("delete from integration_outbox", "delete from integration_target_state");
    return new JdbcOutboxStore(db.dataSource());
  }

  private static OutboxSettings settings(int maxQueued, Duration maxAge) {
    return new OutboxSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), maxAge, maxQueued,
        Duration.ofMillis(20), 2, 100, Duration.ofSeconds(60));
  }

  private static List<UUID> publish(OutboxStore store, SettableClock clock, int n, String... to) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      IntegrationEvent e = IntegrationEvents.uplink(42, i, clock.instant());
      store.append(List.of(to), e, clock.instant());
      ids.add(e.id());
    }
    return ids;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void delivers_a_targets_events_in_publication_order_with_their_bodies(OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    RecordingIntegrationTarget a = new RecordingIntegrationTarget("a");
    IntegrationEvent first = IntegrationEvents.uplink(42, 7, T0);
    store.append(List.of("a"), first, T0);
    List<UUID> ids = new ArrayList<>(List.of(first.id()));
    ids.addAll(publish(store, clock, 9, "a"));
    OutboxEntry head = store.head("a").orElseThrow();
    assertEquals(first, head.event(), "both bodies and the fields come back as stored");

    OutboxDelivery delivery = delivery(store, clock, settings(1000, Duration.ofDays(1)), "one", a);
    assertEquals(10, delivery.deliverTarget("a"));
    assertEquals(ids, a.delivered());
    assertTrue(store.head("a").isEmpty());
    assertEquals(T0, backlog(store, "a").lastSuccessAt());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_failing_head_is_retried_with_doubling_waits_while_later_events_wait(OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    RecordingIntegrationTarget a = new RecordingIntegrationTarget("a");
    List<UUID> ids = publish(store, clock, 3, "a");
    OutboxDelivery delivery = delivery(store, clock, settings(1000, Duration.ofDays(1)), "one", a);
    a.failNext(4);

    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      assertEquals(0, delivery.deliverTarget("a"));
      OutboxEntry head = store.head("a").orElseThrow();
      assertEquals(ids.get(0), head.event().id(), "the head stays first");
      assertEquals(i + 1, head.attempts());
      Duration wait = Duration.between(clock.instant(), head.nextAttemptAt());
      waits.add(wait);
      assertTrue(store.dueTargets(clock.instant(), 10).isEmpty(), "not due before its time");
      assertEquals(0, delivery.deliverTarget("a"), "an early run does not try it");
      clock.advance(wait);
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(5)), waits, "doubling from the base, capped at the maximum");
    assertEquals(4, a.attempts(), "one attempt per due run");
    assertEquals("refused by test", backlog(store, "a").lastError());

    assertEquals(List.of("a"), store.dueTargets(clock.instant(), 10));
    assertEquals(3, delivery.deliverTarget("a"));
    assertEquals(ids, a.delivered(), "nothing overtook the head");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_failing_target_does_not_hold_up_the_others(OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    RecordingIntegrationTarget a = new RecordingIntegrationTarget("a");
    RecordingIntegrationTarget b = new RecordingIntegrationTarget("b");
    List<UUID> ids = publish(store, clock, 5, "a", "b");
    OutboxDelivery delivery =
        delivery(store, clock, settings(1000, Duration.ofDays(1)), "one", a, b);
    a.failNext(100);

    assertEquals(List.of("a", "b"), store.dueTargets(clock.instant(), 10));
    assertEquals(0, delivery.deliverTarget("a"));
    assertEquals(5, delivery.deliverTarget("b"));
    assertEquals(ids, b.delivered());
    assertEquals(5, backlog(store, "a").queued());
    assertEquals(0, backlog(store, "b").queued());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void retention_drops_old_events_and_the_oldest_beyond_the_limit_and_counts_them(
      OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    publish(store, clock, 3, "a");
    clock.advance(Duration.ofHours(2));
    List<UUID> recent = publish(store, clock, 6, "a", "b");
    Map<String, Integer> dropped = new ConcurrentHashMap<>();
    OutboxListener listener = new CountingListener(dropped);
    OutboxRetention retention =
        new OutboxRetention(store, settings(4, Duration.ofHours(1)), clock, listener);

    assertEquals(3 + 2 + 2, retention.apply());
    assertEquals(Map.of("a", 5, "b", 2), dropped);
    assertEquals(5, backlog(store, "a").dropped());
    assertEquals(4, backlog(store, "a").queued());
    RecordingIntegrationTarget a = new RecordingIntegrationTarget("a");
    delivery(store, clock, settings(4, Duration.ofHours(1)), "one", a).deliverTarget("a");
    assertEquals(recent.subList(2, 6), a.delivered(), "the newest four are kept");
    assertEquals(0, retention.apply(), "a second pass finds nothing");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void events_of_a_removed_target_are_dropped(OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    publish(store, clock, 2, "gone");
    Map<String, Integer> dropped = new ConcurrentHashMap<>();
    OutboxDelivery delivery =
        new OutboxDelivery(store, new IntegrationTargetDirectory(List.of()),
            settings(10, Duration.ofDays(1)), "one", clock, new CountingListener(dropped));
    assertEquals(0, delivery.deliverTarget("gone"));
    assertEquals(Map.of("gone", 2), dropped);
    assertTrue(store.head("gone").isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void work_resumes_from_the_database_after_a_restart(OutboxDatabase db) {
    JdbcOutboxStore before = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    RecordingIntegrationTarget a = new RecordingIntegrationTarget("a");
    List<UUID> ids = publish(before, clock, 4, "a");
    a.failNext(1);
    delivery(before, clock, settings(10, Duration.ofDays(1)), "old", a).deliverTarget("a");

    JdbcOutboxStore after = new JdbcOutboxStore(db.dataSource());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(List.of("a"), after.dueTargets(clock.instant(), 10));
    assertEquals(4, delivery(after, clock, settings(10, Duration.ofDays(1)), "new", a)
        .deliverTarget("a"));
    assertEquals(ids, a.delivered());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_lease_keeps_a_target_to_one_instance_until_it_is_released_or_runs_out(
      OutboxDatabase db) {
    JdbcOutboxStore store = emptyStore(db);
    Instant until = T0.plusSeconds(60);
    assertTrue(store.claim("a", "one", T0, until));
    assertTrue(store.claim("a", "one", T0.plusSeconds(1), until.plusSeconds(1)), "renewal");
    assertFalse(store.claim("a", "two", T0.plusSeconds(30), T0.plusSeconds(90)));
    assertTrue(store.claim("a", "two", T0.plusSeconds(62), T0.plusSeconds(122)), "expired");
    assertFalse(store.claim("a", "one", T0.plusSeconds(63), T0.plusSeconds(123)));
    store.release("a", "one");
    assertFalse(store.claim("a", "one", T0.plusSeconds(63), T0.plusSeconds(123)),
        "only the holder can release");
    store.release("a", "two");
    assertTrue(store.claim("a", "one", T0.plusSeconds(64), T0.plusSeconds(124)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void two_instances_working_at_once_deliver_every_event_once_and_in_order(OutboxDatabase db)
      throws Exception {
    JdbcOutboxStore store = emptyStore(db);
    SettableClock clock = new SettableClock(T0);
    List<RecordingIntegrationTarget> targets = new ArrayList<>();
    Map<String, List<UUID>> published = new ConcurrentHashMap<>();
    for (String id : List.of("t1", "t2", "t3", "t4")) {
      targets.add(new RecordingIntegrationTarget(id));
    }
    for (RecordingIntegrationTarget t : targets) {
      published.put(t.id(), publish(store, clock, 30, t.id()));
    }
    RecordingIntegrationTarget[] all = targets.toArray(new RecordingIntegrationTarget[0]);
    OutboxSettings small = new OutboxSettings(Duration.ofMillis(1), Duration.ofMillis(1),
        Duration.ofDays(1), 1000, Duration.ofMillis(20), 2, 3, Duration.ofSeconds(60));
    AtomicInteger delivered = new AtomicInteger();
    List<Thread> instances = new ArrayList<>();
    for (String owner : List.of("one", "two")) {
      OutboxDelivery d = delivery(new JdbcOutboxStore(db.dataSource()), clock, small, owner, all);
      instances.add(new Thread(() -> {
        for (int round = 0; round < 200 && delivered.get() < 120; round++) {
          for (String target : store.dueTargets(clock.instant(), 10)) {
            delivered.addAndGet(d.deliverTarget(target));
          }
        }
      }));
    }
    instances.forEach(Thread::start);
    for (Thread t : instances) {
      t.join(60_000);
    }
    assertEquals(120, delivered.get());
    for (RecordingIntegrationTarget t : targets) {
      assertEquals(published.get(t.id()), t.delivered(), t.id());
    }
  }

  private static TargetBacklog backlog(OutboxStore store, String target) {
    return store.backlog().stream()
        .filter(b -> b.targetId().equals(target))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no state for " + target));
  }

  private static OutboxDelivery delivery(OutboxStore store, SettableClock clock,
      OutboxSettings settings, String owner, RecordingIntegrationTarget... targets) {
    return new OutboxDelivery(store,
        new IntegrationTargetDirectory(List.of(RecordingIntegrationTarget.kind(targets))),
        settings, owner, clock, OutboxListener.NONE);
  }

  private record CountingListener(Map<String, Integer> dropped) implements OutboxListener {
    @Override
    public void sent(String targetId) {}

    @Override
    public void failed(String targetId) {}

    @Override
    public void dropped(String targetId, int count) {
      dropped.merge(targetId, count, Integer::sum);
    }
  }
}
