package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.directory.DirectoryEntry;
import io.longwave.codec.PayloadCodecType;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.Device;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDeviceDirectory}'s native query on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceDirectoryTest {

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_directory_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static Optional<DirectoryEntry> find(TestDatabase db, Eui64 devEui) {
    return db.inTransaction(em -> new JpaDeviceDirectory(em).query(devEui));
  }

  /** An organization, service profile and application with id {@code appId}. */
  private static void storeApplication(TestDatabase db, long appId, String name) {
    long org = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    String sp = java.util.UUID.randomUUID().toString();
    db.run(em -> {
      em.createNativeQuery("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (?1, ?2, ?2, true, current_timestamp,"
          + " current_timestamp)").setParameter(1, org).setParameter(2, "org-" + org)
          .executeUpdate();
      em.createNativeQuery("insert into service_profile (id, name, organization_id,"
          + " network_server_id, created_at, updated_at) values (cast(?1 as uuid), 'sp', ?2, 1,"
          + " current_timestamp, current_timestamp)").setParameter(1, sp).setParameter(2, org)
          .executeUpdate();
      em.createNativeQuery("insert into application (id, name, organization_id,"
          + " service_profile_id, created_at, updated_at) values (?1, ?2, ?3, cast(?4 as uuid),"
          + " current_timestamp, current_timestamp)").setParameter(1, appId)
          .setParameter(2, name).setParameter(3, org).setParameter(4, sp).executeUpdate();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void reads_application_names_tags_variables_and_the_profile_codec(TestDatabase db) {
    Eui64 devEui = Fixtures.devEui();
    Device device = Fixtures.storeDevice(db, devEui);
    long appId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    storeApplication(db, appId, "greenhouse");
    db.run(em -> {
      em.createNativeQuery("update device set application_id = ?1, tags = ?2, variables = ?3"
          + " where dev_eui = ?4").setParameter(1, appId)
          .setParameter(2, "{\"site\":\"north\",\"floor\":\"2\"}")
          .setParameter(3, "{\"scale\":\"10\"}").setParameter(4, devEui.toString())
          .executeUpdate();
      em.createNativeQuery("update device_profile set payload_codec = 'CUSTOM_JS',"
          + " payload_decoder_script = 'function Decode() { return {}; }' where id = ?1")
          .setParameter(1, device.deviceProfileId()).executeUpdate();
    });

    DirectoryEntry entry = find(db, devEui).orElseThrow();
    assertEquals(devEui, entry.devEui());
    assertEquals("sensor", entry.deviceName());
    assertEquals(appId, entry.applicationId());
    assertEquals("greenhouse", entry.applicationName());
    assertEquals(Map.of("site", "north", "floor", "2"), entry.tags());
    assertEquals(Map.of("scale", "10"), entry.variables());
    assertEquals(device.deviceProfileId(), entry.profile().profileId());
    assertEquals(PayloadCodecType.CUSTOM_JS, entry.profile().codec());
    assertEquals("function Decode() { return {}; }", entry.profile().decoderScript());
    assertEquals("", entry.profile().encoderScript());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_device_without_its_application_row_has_an_empty_application_name(TestDatabase db) {
    Eui64 devEui = Fixtures.devEui();
    Fixtures.storeDevice(db, devEui);

    DirectoryEntry entry = find(db, devEui).orElseThrow();
    assertEquals(7, entry.applicationId());
    assertEquals("", entry.applicationName());
    assertEquals(Map.of(), entry.tags());
    assertEquals(PayloadCodecType.NONE, entry.profile().codec());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_unknown_device_is_empty(TestDatabase db) {
    assertTrue(find(db, Fixtures.devEui()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void tags_that_are_not_a_json_object_read_as_empty(TestDatabase db) {
    Eui64 devEui = Fixtures.devEui();
    Fixtures.storeDevice(db, devEui);
    db.run(em -> em.createNativeQuery("update device set tags = '[1,2]', variables = 'oops'"
        + " where dev_eui = ?1").setParameter(1, devEui.toString()).executeUpdate());

    DirectoryEntry entry = find(db, devEui).orElseThrow();
    assertEquals(Map.of(), entry.tags());
    assertEquals(Map.of(), entry.variables());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void gateway_names_come_from_the_gateway_table(TestDatabase db) {
    GatewayId gw = new GatewayId(ThreadLocalRandom.current().nextLong());
    db.run(em -> em.createNativeQuery("insert into gateway (gateway_id, name, created_at,"
        + " updated_at) values (?1, 'rooftop', current_timestamp, current_timestamp)")
        .setParameter(1, gw.toString()).executeUpdate());

    assertEquals("rooftop", db.inTransaction(em -> new JpaGatewayNames(em).nameOf(gw)));
    assertEquals("", db.inTransaction(em -> new JpaGatewayNames(em).nameOf(
        new GatewayId(gw.value() ^ 1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void gateway_locations_come_from_the_gateway_table(TestDatabase db) {
    GatewayId placed = new GatewayId(ThreadLocalRandom.current().nextLong());
    GatewayId unplaced = new GatewayId(placed.value() ^ 2);
    db.run(em -> em.createNativeQuery("insert into gateway (gateway_id, name, latitude,"
        + " longitude, altitude, created_at, updated_at) values (?1, 'mast', 52.5, 13.25, 40,"
        + " current_timestamp, current_timestamp)")
        .setParameter(1, placed.toString()).executeUpdate());
    db.run(em -> em.createNativeQuery("insert into gateway (gateway_id, name, created_at,"
        + " updated_at) values (?1, 'cellar', current_timestamp, current_timestamp)")
        .setParameter(1, unplaced.toString()).executeUpdate());

    assertEquals(Optional.of(new GatewayLocation(52.5, 13.25, 40, LocationSource.CONFIG)),
        db.inTransaction(em -> new JpaGatewayNames(em).locationOf(placed)));
    assertEquals(Optional.empty(),
        db.inTransaction(em -> new JpaGatewayNames(em).locationOf(unplaced)));
    assertEquals(Optional.empty(), db.inTransaction(em -> new JpaGatewayNames(em).locationOf(
        new GatewayId(placed.value() ^ 1))));
  }
}
