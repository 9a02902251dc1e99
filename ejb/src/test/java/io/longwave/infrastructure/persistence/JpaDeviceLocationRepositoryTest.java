package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDeviceLocationRepository} on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceLocationRepositoryTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_location_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_and_replaces_a_devices_location(TestDatabase db) {
    Eui64 devEui = Fixtures.devEui();
    Fixtures.storeDevice(db, devEui);
    DeviceLocation first = new DeviceLocation(devEui, 52.0907123, 5.1214456, 12.5, 34.2,
        LocationSource.GEO_RESOLVER_TDOA, 4, T);
    DeviceLocation second = new DeviceLocation(devEui, -33.8688, 151.2093, 0, 850,
        LocationSource.GEO_RESOLVER_RSSI, 3, T.plusSeconds(60));
    assertTrue(db.<Boolean>inTransaction(em -> new JpaDeviceLocationRepository(em).save(first)));
    assertEquals(Optional.of(first),
        db.inTransaction(em -> new JpaDeviceLocationRepository(em).find(devEui)));
    assertTrue(db.<Boolean>inTransaction(em -> new JpaDeviceLocationRepository(em).save(second)));
    assertEquals(Optional.of(second),
        db.inTransaction(em -> new JpaDeviceLocationRepository(em).find(devEui)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_nothing_for_an_unknown_device(TestDatabase db) {
    Eui64 devEui = Fixtures.devEui();
    assertFalse(db.<Boolean>inTransaction(em -> new JpaDeviceLocationRepository(em).save(
        new DeviceLocation(devEui, 1, 2, 3, 4, LocationSource.GEO_RESOLVER_TDOA, 3, T))));
    assertTrue(db.inTransaction(em -> new JpaDeviceLocationRepository(em).find(devEui))
        .isEmpty());
  }
}
