package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDeviceRepository} on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceRepositoryTest {

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  /** Rows of {description, keys, JoinEUI}. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("LoRaWAN 1.1 OTAA", new DeviceKeys(Fixtures.NWK_KEY, Fixtures.APP_KEY),
            Eui64.parse("0000000000000001")),
        Arguments.of("LoRaWAN 1.0 OTAA", DeviceKeys.lorawan10(Fixtures.APP_KEY),
            Eui64.parse("70b3d57ed0000000")),
        Arguments.of("ABP", null, null));
  }

  Stream<Arguments> databasesAndKinds() {
    return databases.stream()
        .flatMap(db -> kinds().map(k -> Arguments.of(db, k.get()[0], k.get()[1], k.get()[2])));
  }

  private static DeviceProfile storeProfile(TestDatabase db) {
    DeviceProfile p = Fixtures.profile();
    db.run(em -> new JpaDeviceProfileRepository(em).save(p));
    return p;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("databasesAndKinds")
  void stores_and_finds_a_device_with_its_keys(
      TestDatabase db, String description, DeviceKeys keys, Eui64 joinEui) {
    DeviceProfile p = storeProfile(db);
    Device d = new Device(Fixtures.devEui(), "pump 3", 42, p.id(), joinEui, keys, true, true, 77);
    db.run(em -> new JpaDeviceRepository(em).save(d));
    assertEquals(
        Optional.of(d), db.inTransaction(em -> new JpaDeviceRepository(em).find(d.devEui())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void replaces_a_device_and_its_keys(TestDatabase db) {
    Device before = Fixtures.storeDevice(db, Fixtures.devEui());
    Device after =
        new Device(before.devEui(), "renamed", 9, before.deviceProfileId(), before.joinEui(),
            new DeviceKeys(Fixtures.APP_KEY, Fixtures.NWK_KEY), false, true, 5);
    db.run(em -> new JpaDeviceRepository(em).save(after));
    assertEquals(
        Optional.of(after),
        db.inTransaction(em -> new JpaDeviceRepository(em).find(before.devEui())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void saving_a_device_without_keys_removes_its_stored_keys(TestDatabase db) {
    Device otaa = Fixtures.storeDevice(db, Fixtures.devEui());
    Device abp =
        new Device(otaa.devEui(), otaa.name(), otaa.applicationId(), otaa.deviceProfileId(),
            null, null, false, false, 0);
    db.run(em -> new JpaDeviceRepository(em).save(abp));
    Device found =
        db.inTransaction(em -> new JpaDeviceRepository(em).find(otaa.devEui())).orElseThrow();
    assertTrue(found.otaaKeys().isEmpty());
    long keyRows =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select count(k) from DeviceKeysEntity k where k.devEui = :e", Long.class)
                    .setParameter("e", otaa.devEui().toString())
                    .getSingleResult());
    assertEquals(0, keyRows);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void records_the_join_nonce_of_a_join_accept(TestDatabase db) {
    Device d = Fixtures.storeDevice(db, Fixtures.devEui());
    db.run(em -> new JpaDeviceRepository(em).save(d.withJoinNonce(0x10203)));
    assertEquals(
        0x10203,
        db.inTransaction(em -> new JpaDeviceRepository(em).find(d.devEui()))
            .orElseThrow()
            .joinNonce());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void finds_no_unknown_device(TestDatabase db) {
    assertTrue(db.inTransaction(em -> new JpaDeviceRepository(em).find(Fixtures.devEui()))
        .isEmpty());
  }
}
