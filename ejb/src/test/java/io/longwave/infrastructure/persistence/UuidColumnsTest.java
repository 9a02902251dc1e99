package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Null UUID columns (a gateway without gateway or service profile) are written on H2 and on
 * PostgreSQL, which refuses a null bound as a string for a {@code uuid} column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UuidColumnsTest {

  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("uuid_columns_test").toList();
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

  @ParameterizedTest
  @MethodSource("databases")
  void a_gateway_without_profiles_is_stored_and_read_back(TestDatabase db) {
    Eui64 id = Eui64.parse("0102030405060708");
    GatewaySettings s = new GatewaySettings("gw", "", GatewayLocation.UNKNOWN, 7, false, 1,
        null, null, List.of(), Map.of("k", "v"), Map.of());
    db.run(em -> em.persist(new Gateway(id, s, T)));

    Gateway read = db.inTransaction(em -> em.find(Gateway.class, id.toString()));
    assertNull(read.settings().gatewayProfileId());
    assertNull(read.settings().serviceProfileId());
    assertEquals(Map.of("k", "v"), read.settings().tags());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_null_uuid_can_replace_a_set_one(TestDatabase db) {
    UUID profile = UUID.randomUUID();
    Eui64 id = Eui64.parse("0102030405060709");
    db.run(em -> em.createNativeQuery("insert into gateway_profile (id, name, network_server_id,"
        + " channels, extra_channels, stats_interval, created_at, updated_at) values ('"
        + profile + "', 'p', 1, '0,1,2', '[]', 30, current_timestamp, current_timestamp)")
        .executeUpdate());
    GatewaySettings with = new GatewaySettings("gw", "", GatewayLocation.UNKNOWN, 7, false, 1,
        profile, null, List.of(), Map.of(), Map.of());
    db.run(em -> em.persist(new Gateway(id, with, T)));
    assertEquals(profile, db.inTransaction(em -> em.find(Gateway.class, id.toString()))
        .settings().gatewayProfileId());

    GatewaySettings without = new GatewaySettings("gw", "", GatewayLocation.UNKNOWN, 7, false, 1,
        null, null, List.of(), Map.of(), Map.of());
    db.run(em -> em.find(Gateway.class, id.toString()).update(without, T.plusSeconds(1)));
    assertNull(db.inTransaction(em -> em.find(Gateway.class, id.toString()))
        .settings().gatewayProfileId());
  }
}
