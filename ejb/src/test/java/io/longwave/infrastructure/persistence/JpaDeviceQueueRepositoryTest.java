package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  private static Eui64 storeSession(TestDatabase db, DeviceClass deviceClass) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    Aes128Key k = Fixtures.NWK_KEY;
    DeviceSession s = new DeviceSession(dev, DevAddr.parse("00000001"), MacVersion.LORAWAN_1_0_3,
        RegionId.EU868, k, k, k, k, T0, 0).deviceClass(deviceClass);
    db.run(em -> new JpaDeviceSessionRepository(em).save(s));
    return dev;
  }

  private static List<Eui64> due(TestDatabase db, Instant now, Eui64 after, int limit,
      Set<Eui64> mine) {
    return db.inTransaction(em -> new JpaDeviceQueueRepository(em)
            .devicesWithQueuedItems(DeviceClass.C, now, after, limit))
        .stream().filter(mine::contains).toList();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void finds_class_c_devices_with_items_to_send_or_timed_out(TestDatabase db) {
    Eui64 queued = storeSession(db, DeviceClass.C);
    Eui64 waiting = storeSession(db, DeviceClass.C);
    Eui64 timedOut = storeSession(db, DeviceClass.C);
    Eui64 classA = storeSession(db, DeviceClass.A);
    Eui64 noSession = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceQueueItem sent =
        new DeviceQueueItem(UUID.randomUUID(), waiting, 5, new byte[] {1}, true, true, 7,
            T0.plusSeconds(60), T0);
    DeviceQueueItem expired =
        new DeviceQueueItem(UUID.randomUUID(), timedOut, 5, new byte[] {1}, true, true, 8,
            T0.plusSeconds(10), T0);
    enqueue(db, item(queued, 1, 1), item(queued, 2, 2), sent, expired, item(classA, 1, 1),
        item(noSession, 1, 1));
    Set<Eui64> mine = Set.of(queued, waiting, timedOut, classA, noSession);

    List<Eui64> expected = Stream.of(queued, timedOut).sorted().toList();
    assertEquals(expected, due(db, T0.plusSeconds(30), null, 100, mine));
    assertEquals(List.of(queued), due(db, T0.plusSeconds(5), null, 100, mine),
        "before its timeout a pending item waits");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void walks_class_c_devices_in_dev_eui_order_after_a_cursor(TestDatabase db) {
    List<Eui64> devices = Stream.generate(() -> storeSession(db, DeviceClass.C)).limit(3)
        .sorted().toList();
    for (Eui64 d : devices) {
      enqueue(db, item(d, 1, 1));
    }
    Set<Eui64> mine = Set.copyOf(devices);
    List<Eui64> all = db.inTransaction(em -> new JpaDeviceQueueRepository(em)
        .devicesWithQueuedItems(DeviceClass.C, T0, null, 1000));
    assertEquals(all.stream().sorted().toList(), all, "ascending, unsigned");
    assertEquals(devices.subList(1, 3), due(db, T0, devices.get(0), 1000, mine));
    List<Eui64> limited = db.inTransaction(em -> new JpaDeviceQueueRepository(em)
        .devicesWithQueuedItems(DeviceClass.C, T0, devices.get(0), 1));
    assertEquals(1, limited.size());
    assertTrue(limited.get(0).compareTo(devices.get(0)) > 0);
  }
}
