package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDeviceProfileRepository} on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceProfileRepositoryTest {

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_profile_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static DeviceProfile classBcAbpProfile(UUID id) {
    return new DeviceProfile(
        id, "meters", RegionId.AS923_2, MacVersion.LORAWAN_1_1_0, "RP002-1.0.1", false, true,
        true, 42, 5, 17, 3, 2, 4, 921_400_000L, 14, "lora-lr-fhss", 900, 6, false, true, 120,
        3, new DeviceProfileDetails(null, 1, 3, 923_200_000L, List.of(923_200_000L), 10, false,
            new PayloadCodec(PayloadCodec.Type.CAYENNE_LPP, "", ""), Map.of("k", "v")));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_and_finds_a_profile_with_every_field(TestDatabase db) {
    DeviceProfile p = classBcAbpProfile(UUID.randomUUID());
    db.run(em -> new JpaDeviceProfileRepository(em).save(p));
    Optional<DeviceProfile> found =
        db.inTransaction(em -> new JpaDeviceProfileRepository(em).find(p.id()));
    assertEquals(Optional.of(p), found);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void replaces_a_stored_profile(TestDatabase db) {
    DeviceProfile before = Fixtures.profile();
    DeviceProfile after = classBcAbpProfile(before.id());
    db.run(em -> new JpaDeviceProfileRepository(em).save(before));
    db.run(em -> new JpaDeviceProfileRepository(em).save(after));
    assertEquals(
        Optional.of(after),
        db.inTransaction(em -> new JpaDeviceProfileRepository(em).find(before.id())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void finds_no_unknown_profile(TestDatabase db) {
    assertTrue(
        db.inTransaction(em -> new JpaDeviceProfileRepository(em).find(UUID.randomUUID()))
            .isEmpty());
  }
}
