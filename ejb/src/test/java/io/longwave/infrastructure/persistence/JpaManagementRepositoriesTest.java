package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.DeviceStatus;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The management side's persistence on H2 and PostgreSQL: the V5 columns of devices and
 * profiles, applications, and the device and profile catalogs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaManagementRepositoriesTest {

  private static final AtomicLong ORGS = new AtomicLong(1000);

  private List<TestDatabase> databases;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("management_test").toList();
  }

  @AfterAll
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  /** A new organization with a service profile: {org id, service profile id}. */
  private static Object[] organization(TestDatabase db) {
    long org = ORGS.incrementAndGet();
    UUID sp = UUID.randomUUID();
    db.run(em -> {
      em.createNativeQuery("insert into organization (id, name, display_name, can_have_gateways,"
              + " created_at, updated_at) values (?, ?, ?, true, current_timestamp,"
              + " current_timestamp)")
          .setParameter(1, org).setParameter(2, "org" + org).setParameter(3, "Org " + org)
          .executeUpdate();
      em.createNativeQuery("insert into service_profile (id, name, organization_id,"
              + " network_server_id, created_at, updated_at) values (?, 'sp', ?, 1,"
              + " current_timestamp, current_timestamp)")
          .setParameter(1, sp).setParameter(2, org).executeUpdate();
    });
    return new Object[] {org, sp};
  }

  private static boolean bool(
      TestDatabase db, java.util.function.Function<jakarta.persistence.EntityManager, Boolean> q) {
    return db.inTransaction(q);
  }

  private static long num(
      TestDatabase db, java.util.function.Function<jakarta.persistence.EntityManager, Long> q) {
    return db.inTransaction(q);
  }

  private static DeviceProfile profile(long org, String name) {
    DeviceProfile b = Fixtures.profile();
    return new DeviceProfile(b.id(), name, b.region(), b.macVersion(), b.regParamsRevision(),
        true, true, false, 60, 3, 60, 1, 0, 0, 0, 16, "default", 3600, 0, true,
        new DeviceProfileDetails(org, 1, 3, 869525000, List.of(868100000L, 868300000L), 10,
            false, new PayloadCodec(PayloadCodec.Type.CUSTOM_JS, "function Encode(){}",
                "function Decode(){}"), Map.of("vendor", "acme")));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_the_v5_columns_of_profiles_and_devices(TestDatabase db) {
    Object[] o = organization(db);
    long org = (Long) o[0];
    DeviceProfile p = profile(org, "class-b");
    db.run(em -> new JpaDeviceProfileRepository(em).save(p));
    assertEquals(Optional.of(p),
        db.inTransaction(em -> new JpaDeviceProfileRepository(em).find(p.id())));
    Device d = new Device(Fixtures.devEui(), "meter", 5, p.id(), null,
        DeviceKeys.lorawan10(Fixtures.NWK_KEY), false, false, 0,
        new DeviceDetails("in the basement", Map.of("floor", "-1"), Map.of("token", "s3cr\"t"),
            -3.5),
        new DeviceStatus(200, -5, false, 4));
    db.run(em -> new JpaDeviceRepository(em).save(d));
    assertEquals(Optional.of(d),
        db.inTransaction(em -> new JpaDeviceRepository(em).find(d.devEui())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void stores_finds_lists_and_deletes_applications(TestDatabase db) {
    Object[] o = organization(db);
    long org = (Long) o[0];
    UUID sp = (UUID) o[1];
    Application a = db.inTransaction(em -> new JpaApplicationRepository(em).add(
        new Application(null, "water_meters", "d", org, sp, PayloadCodec.NONE)));
    db.inTransaction(em -> new JpaApplicationRepository(em).add(
        new Application(null, "air", "", org, sp, PayloadCodec.NONE)));
    assertEquals(Optional.of(a), db.inTransaction(em -> new JpaApplicationRepository(em)
        .find(a.id())));
    assertEquals(Optional.of(a), db.inTransaction(em -> new JpaApplicationRepository(em)
        .findByName(org, "water_meters")));
    assertEquals(List.of(a), db.inTransaction(em -> new JpaApplicationRepository(em)
        .list(org, "WATER_", 10, 0)));
    assertEquals(2L, num(db, em -> new JpaApplicationRepository(em).count(org, null)));
    assertEquals(0L, num(db, em -> new JpaApplicationRepository(em).count(org, "%")));
    assertEquals(Optional.of(org), db.inTransaction(em -> new JpaApplicationRepository(em)
        .serviceProfileOrganization(sp)));
    Application renamed = new Application(a.id(), "renamed", "", org, sp,
        new PayloadCodec(PayloadCodec.Type.CAYENNE_LPP, "", ""));
    db.run(em -> new JpaApplicationRepository(em).update(renamed));
    assertEquals(Optional.of(renamed), db.inTransaction(em -> new JpaApplicationRepository(em)
        .find(a.id())));
    db.run(em -> new JpaApplicationRepository(em).delete(a.id()));
    assertTrue(db.inTransaction(em -> new JpaApplicationRepository(em).find(a.id())).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void lists_counts_and_deletes_devices_through_the_catalog(TestDatabase db) {
    Object[] o = organization(db);
    long org = (Long) o[0];
    UUID sp = (UUID) o[1];
    DeviceProfile p = profile(org, "otaa");
    db.run(em -> new JpaDeviceProfileRepository(em).save(p));
    Application a = db.inTransaction(em -> new JpaApplicationRepository(em).add(
        new Application(null, "a", "", org, sp, PayloadCodec.NONE)));
    Application b = db.inTransaction(em -> new JpaApplicationRepository(em).add(
        new Application(null, "b", "", org, sp, PayloadCodec.NONE)));
    Eui64 first = Fixtures.devEui();
    Eui64 second = Fixtures.devEui();
    Eui64 third = Fixtures.devEui();
    db.run(em -> {
      JpaDeviceRepository r = new JpaDeviceRepository(em);
      r.save(new Device(first, "alpha", a.id(), p.id(), null,
          DeviceKeys.lorawan10(Fixtures.NWK_KEY), false, false, 0));
      r.save(new Device(second, "beta", a.id(), p.id(), null, null, false, false, 0));
      r.save(new Device(third, "gamma", b.id(), p.id(), null, null, false, false, 0));
    });
    List<DeviceSummary> page = db.inTransaction(em -> new JpaDeviceCatalog(em)
        .list(new DeviceFilter(a.id(), null, null, null), 10, 0));
    assertEquals(List.of("alpha", "beta"), page.stream().map(s -> s.device().name()).toList());
    assertEquals("otaa", page.get(0).deviceProfileName());
    assertEquals(1L, num(db, em -> new JpaDeviceCatalog(em)
        .count(new DeviceFilter(null, org, sp, "GAM"))));
    assertEquals(1L, num(db, em -> new JpaDeviceCatalog(em)
        .count(new DeviceFilter(null, null, null, second.toString()))));
    assertEquals(3L, num(db, em -> new JpaDeviceCatalog(em).countInOrganization(org)));
    assertEquals(3L, num(db, em -> new JpaDeviceCatalog(em).countWithProfile(p.id())));
    assertTrue(bool(db, em -> new JpaDeviceCatalog(em).delete(first)));
    assertFalse(bool(db, em -> new JpaDeviceCatalog(em).delete(first)));
    assertTrue(db.inTransaction(em -> new JpaDeviceRepository(em).find(first)).isEmpty());
    assertEquals(1, (int) db.inTransaction(em -> new JpaDeviceCatalog(em)
        .deleteInApplication(a.id())));
    assertEquals(1L, num(db, em -> new JpaDeviceCatalog(em).countInOrganization(org)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void lists_finds_and_deletes_profiles_through_the_catalog(TestDatabase db) {
    long org = (Long) organization(db)[0];
    DeviceProfile p1 = profile(org, "b-profile");
    DeviceProfile p2 = profile(org, "a-profile");
    db.run(em -> {
      new JpaDeviceProfileRepository(em).save(p1);
      new JpaDeviceProfileRepository(em).save(p2);
    });
    assertEquals(List.of(p2, p1), db.inTransaction(em -> new JpaDeviceProfileCatalog(em)
        .list(org, 10, 0)).stream().map(s -> s.profile()).toList());
    assertEquals(2L, num(db, em -> new JpaDeviceProfileCatalog(em).count(org)));
    assertTrue(db.inTransaction(em -> new JpaDeviceProfileCatalog(em).find(p1.id()))
        .orElseThrow().createdAt() != null);
    assertTrue(bool(db, em -> new JpaDeviceProfileCatalog(em).networkServerExists(1)));
    assertFalse(bool(db, em -> new JpaDeviceProfileCatalog(em).networkServerExists(99)));
    assertTrue(bool(db, em -> new JpaDeviceProfileCatalog(em).delete(p1.id())));
    assertEquals(1L, num(db, em -> new JpaDeviceProfileCatalog(em).count(org)));
  }
}
