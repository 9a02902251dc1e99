package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JPA multicast group and queue repositories on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaMulticastRepositoryTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("multicast_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static MulticastGroup group(MulticastGroupType type) {
    return new MulticastGroup(UUID.randomUUID(), "g", RegionId.EU868, DevAddr.parse("07000001"),
        Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
        Aes128Key.parse("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"), 7, type, 3, 0,
        type == MulticastGroupType.CLASS_B ? 128 : 0);
  }

  private static MulticastQueueItem item(UUID group, long fCnt, long seconds, Duration emitAt) {
    return new MulticastQueueItem(UUID.randomUUID(), group, GatewayId.parse("0102030405060708"),
        fCnt, 3, new byte[] {1, 2}, T0.plusSeconds(seconds), emitAt, T0);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_groups_members_and_frame_counters(TestDatabase db) {
    MulticastGroup g = group(MulticastGroupType.CLASS_B);
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    db.run(em -> new JpaMulticastGroupRepository(em).create(g));
    assertEquals(Optional.of(g), db.inTransaction(em -> new JpaMulticastGroupRepository(em)
        .find(g.id())));
    assertTrue(db.<Boolean>inTransaction(em -> new JpaMulticastGroupRepository(em).addDevice(g.id(), dev)));
    assertFalse(db.<Boolean>inTransaction(em -> new JpaMulticastGroupRepository(em).addDevice(g.id(),
        dev)));
    assertEquals(List.of(dev), db.inTransaction(em -> new JpaMulticastGroupRepository(em)
        .devices(g.id())));
    assertEquals(Long.valueOf(7), db.<Long>inTransaction(em -> new JpaMulticastGroupRepository(em)
        .takeFCnt(g.id(), 1)));
    assertEquals(Long.valueOf(8), db.<Long>inTransaction(em -> new JpaMulticastGroupRepository(em)
        .takeFCnt(g.id(), 2)));
    assertEquals(10L, db.inTransaction(em -> new JpaMulticastGroupRepository(em).find(g.id()))
        .orElseThrow().fCnt());
    assertTrue(db.<Boolean>inTransaction(em -> new JpaMulticastGroupRepository(em).removeDevice(g.id(),
        dev)));
    assertEquals(List.of(), db.inTransaction(em -> new JpaMulticastGroupRepository(em)
        .devices(g.id())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_the_queue_in_schedule_order_and_deletes_it_with_the_group(TestDatabase db) {
    MulticastGroup g = group(MulticastGroupType.CLASS_B);
    db.run(em -> new JpaMulticastGroupRepository(em).create(g));
    MulticastQueueItem later = item(g.id(), 8, 20, Duration.ofMillis(1_400_000_002_150L));
    MulticastQueueItem first = item(g.id(), 7, 10, null);
    db.run(em -> {
      new JpaMulticastQueueRepository(em).enqueue(later);
      new JpaMulticastQueueRepository(em).enqueue(first);
    });
    assertEquals(List.of(first, later),
        db.inTransaction(em -> new JpaMulticastQueueRepository(em).list(g.id())));
    assertEquals(List.of(first), db.inTransaction(em -> new JpaMulticastQueueRepository(em)
        .due(T0.plusSeconds(15), 10)));
    assertTrue(db.<Boolean>inTransaction(em -> new JpaMulticastQueueRepository(em).take(first.id())));
    assertFalse(db.<Boolean>inTransaction(em -> new JpaMulticastQueueRepository(em).take(first.id())));
    assertTrue(db.<Boolean>inTransaction(em -> new JpaMulticastGroupRepository(em).delete(g.id())));
    assertEquals(List.of(), db.inTransaction(em -> new JpaMulticastQueueRepository(em)
        .list(g.id())));
  }
}
