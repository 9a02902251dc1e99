package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
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

/** A gateway's region is stored with it and read by the network server, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaGatewayRegionsTest {

  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("gateway_regions_test").toList();
    for (TestDatabase db : databases) {
      db.run(em -> em.createNativeQuery("insert into organization (id, name, display_name,"
          + " can_have_gateways, created_at, updated_at) values (7, 'o', 'O', true,"
          + " current_timestamp, current_timestamp)").executeUpdate());
    }
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static GatewaySettings settings(RegionId region) {
    return new GatewaySettings("gw", "", GatewayLocation.UNKNOWN, 7, false, 1, null, null,
        List.of(), Map.of(), Map.of(), region);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aGatewaysRegionIsStoredChangedAndRead(TestDatabase db) {
    Eui64 id = Eui64.parse("00000000000000a1");
    GatewayId gateway = GatewayId.parse(id.toString());
    db.run(em -> em.persist(new Gateway(id, settings(RegionId.AS923_2), T)));

    assertEquals(Optional.of(RegionId.AS923_2),
        db.inTransaction(em -> new JpaGatewayRegions(em).regionOf(gateway)));
    assertEquals(RegionId.AS923_2,
        db.inTransaction(em -> em.find(Gateway.class, id.toString())).settings().region());

    db.run(em -> em.find(Gateway.class, id.toString()).update(settings(null), T));
    assertEquals(Optional.empty(),
        db.inTransaction(em -> new JpaGatewayRegions(em).regionOf(gateway)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anUnknownGatewayServesEveryRegion(TestDatabase db) {
    assertEquals(Optional.empty(), db.inTransaction(
        em -> new JpaGatewayRegions(em).regionOf(GatewayId.parse("00000000000000ff"))));
  }
}
