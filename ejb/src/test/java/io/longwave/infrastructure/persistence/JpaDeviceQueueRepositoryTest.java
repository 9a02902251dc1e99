package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.lorawan.Eui64;
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

/** {@link JpaDeviceQueueRepository} on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceQueueRepositoryTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.000001Z");

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_queue_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static DeviceQueueItem item(Eui64 dev, int fPort, long secondsAfterT0) {
    return new DeviceQueueItem(
        UUID.randomUUID(), dev, fPort, new byte[] {(byte) fPort, 0x00, (byte) 0xff}, false, false,
        -1, null, T0.plusSeconds(secondsAfterT0));
  }

  private static List<DeviceQueueItem> list(TestDatabase db, Eui64 dev) {
    return db.inTransaction(em -> new JpaDeviceQueueRepository(em).list(dev));
  }

  private static void enqueue(TestDatabase db, DeviceQueueItem... items) {
    db.run(
        em -> {
          JpaDeviceQueueRepository queue = new JpaDeviceQueueRepository(em);
          for (DeviceQueueItem i : items) {
            queue.enqueue(i);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void lists_a_devices_items_oldest_first(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    Eui64 other = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem second = item(dev, 2, 20);
    DeviceQueueItem third = item(dev, 3, 30);
    DeviceQueueItem first = item(dev, 1, 10);
    enqueue(db, second, third, item(other, 9, 0), first);
    assertEquals(List.of(first, second, third), list(db, dev));
    assertEquals(
        Optional.of(first), db.inTransaction(em -> new JpaDeviceQueueRepository(em).next(dev)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_pending_item_comes_first(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem older = item(dev, 1, 10);
    DeviceQueueItem confirmed =
        new DeviceQueueItem(
            UUID.randomUUID(), dev, 5, new byte[] {1, 2, 3, 4}, true, false, -1, null,
            T0.plusSeconds(20));
    enqueue(db, older, confirmed);
    DeviceQueueItem pending = confirmed.sentPending(0xfffffffeL, T0.plusSeconds(80));
    db.run(em -> new JpaDeviceQueueRepository(em).update(pending));
    List<DeviceQueueItem> items = list(db, dev);
    assertEquals(List.of(pending, older), items);
    DeviceQueueItem stored = items.get(0);
    assertTrue(stored.pending());
    assertEquals(0xfffffffeL, stored.fCntDown());
    assertEquals(T0.plusSeconds(80), stored.timeoutAfter());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, stored.data());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_item_not_yet_sent_keeps_no_frame_counter(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem empty =
        new DeviceQueueItem(UUID.randomUUID(), dev, 223, new byte[0], true, false, -1, null, T0);
    enqueue(db, empty);
    DeviceQueueItem stored = list(db, dev).get(0);
    assertEquals(empty, stored);
    assertEquals(-1, stored.fCntDown());
    assertEquals(0, stored.data().length);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deletes_one_item(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem a = item(dev, 1, 1);
    DeviceQueueItem b = item(dev, 2, 2);
    enqueue(db, a, b);
    db.run(em -> new JpaDeviceQueueRepository(em).delete(a.id()));
    assertEquals(List.of(b), list(db, dev));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void flushing_empties_the_queue_and_counts_the_items(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    Eui64 other = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem kept = item(other, 1, 1);
    enqueue(db, item(dev, 1, 1), item(dev, 2, 2), kept);
    int flushed = db.inTransaction(em -> new JpaDeviceQueueRepository(em).flush(dev));
    assertEquals(2, flushed);
    assertTrue(list(db, dev).isEmpty());
    assertTrue(db.inTransaction(em -> new JpaDeviceQueueRepository(em).next(dev)).isEmpty());
    assertEquals(List.of(kept), list(db, other));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void refuses_to_update_an_unknown_item(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    assertThrows(IllegalArgumentException.class,
        () -> db.run(em -> new JpaDeviceQueueRepository(em).update(item(dev, 1, 1))));
  }
}
