package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.Device;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code last_seen_at} column through {@link JpaDeviceRepository}, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceLastSeenTest {

  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_last_seen_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static Optional<Instant> lastSeen(TestDatabase db, Eui64 devEui) {
    return db.inTransaction(em -> new JpaDeviceRepository(em).lastSeenAt(devEui));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_new_device_was_never_seen(TestDatabase db) {
    Device d = Fixtures.storeDevice(db, Fixtures.devEui());
    assertEquals(Optional.empty(), lastSeen(db, d.devEui()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void marks_a_device_seen_and_keeps_the_latest_time(TestDatabase db) {
    Device d = Fixtures.storeDevice(db, Fixtures.devEui());
    db.run(em -> new JpaDeviceRepository(em).markSeen(d.devEui(), T));
    assertEquals(Optional.of(T), lastSeen(db, d.devEui()));

    db.run(em -> new JpaDeviceRepository(em).markSeen(d.devEui(), T.minusSeconds(30)));
    assertEquals(Optional.of(T), lastSeen(db, d.devEui()), "an older time does not win");

    db.run(em -> new JpaDeviceRepository(em).markSeen(d.devEui(), T.plusSeconds(6)));
    assertEquals(Optional.of(T.plusSeconds(6)), lastSeen(db, d.devEui()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void marks_several_devices_seen_in_one_transaction(TestDatabase db) {
    Device a = Fixtures.storeDevice(db, Fixtures.devEui());
    Device b = Fixtures.storeDevice(db, Fixtures.devEui());
    db.run(em -> new JpaDeviceRepository(em).markSeen(b.devEui(), T.plusSeconds(60)));
    Eui64 unknown = Fixtures.devEui();

    db.run(em -> new JpaDeviceRepository(em).markSeen(
        Map.of(a.devEui(), T, b.devEui(), T, unknown, T)));

    assertEquals(Optional.of(T), lastSeen(db, a.devEui()));
    assertEquals(Optional.of(T.plusSeconds(60)), lastSeen(db, b.devEui()),
        "an older time does not win");
    assertTrue(lastSeen(db, unknown).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void saving_the_device_keeps_its_last_seen_time(TestDatabase db) {
    Device d = Fixtures.storeDevice(db, Fixtures.devEui());
    db.run(em -> new JpaDeviceRepository(em).markSeen(d.devEui(), T));
    db.run(em -> new JpaDeviceRepository(em).save(d.withJoinNonce(3)));
    assertEquals(Optional.of(T), lastSeen(db, d.devEui()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void marking_an_unknown_device_changes_nothing(TestDatabase db) {
    Eui64 unknown = Fixtures.devEui();
    db.run(em -> new JpaDeviceRepository(em).markSeen(unknown, T));
    assertTrue(lastSeen(db, unknown).isEmpty());
  }
}
