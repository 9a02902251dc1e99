package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.management.DeviceOwners;
import io.longwave.application.management.DeviceService;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.Eui64;
import jakarta.persistence.EntityManager;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements a device costs when a script provisions it as a ChirpStack v3 one does, on
 * PostgreSQL with the JPA repositories: {@code POST /api/devices} (one transaction) and {@code
 * POST /api/devices/{devEUI}/keys} (another). The caller is a global admin, so no membership is
 * read; the token check is counted apart ({@code CallerCacheTest}). Commits are not statements.
 */
class ProvisioningQueriesTest {

  private static final System.Logger LOG =
      System.getLogger(ProvisioningQueriesTest.class.getName());
  private static final AccessPolicy ADMIN =
      new AccessPolicy(new Caller.User(1, "admin", true), org -> Optional.empty());
  private static final long ORG = 4100;
  private static final long APP = 4101;

  private final DeviceOwners owners = new DeviceOwners(Clock.systemUTC(), Duration.ofMinutes(1));

  private DeviceService service(EntityManager em) {
    return new DeviceService(new JpaDeviceRepository(em), new JpaDeviceCatalog(em),
        new JpaDeviceProfileRepository(em), new JpaApplicationRepository(em),
        org -> em.createNativeQuery("select max_device_count from organization where id = ?")
            .setParameter(1, org).getResultList().stream()
            .mapToInt(n -> ((Number) n).intValue()).findFirst(),
        owners);
  }

  @Test
  void a_device_and_its_keys_cost_seven_statements_and_the_next_one_five() {
    TestDatabase db = TestDatabase.postgres("longwave_provisioning_queries",
        SqlStatementCount.PROPERTIES);
    try {
      UUID profile = organizationWithApplicationAndProfile(db);
      Eui64 devEui = Fixtures.devEui();
      Device device = new Device(devEui, "meter", APP, profile, null, null, false, false, 0,
          new DeviceDetails("", Map.of(), Map.of(), 0), null);

      SqlStatementCount.reset();
      db.run(em -> service(em).create(ADMIN, device));
      int create = SqlStatementCount.statements();
      SqlStatementCount.reset();
      db.run(em -> service(em).createKeys(ADMIN, devEui, DeviceKeys.lorawan10(Fixtures.APP_KEY)));
      int keys = SqlStatementCount.statements();
      LOG.log(Level.INFO, "provisioning one device: {0} statements to create it, {1} for its"
          + " keys", create, keys);

      // create: the application, the profile, the organization's limit, whether the DevEUI is
      // taken, the insert (it was 7: the DevEUI check read the device, and the save read the
      // device and its keys again)
      assertEquals(5, create, "statements of the create");
      // keys: the device with its keys (one outer join), the insert; the application is known
      // from the create (it was 6: the save also read and updated the device row; then 5: it
      // read the keys row again, as a miss is not cached; then 4: it read the application
      // again; then 3: the device and its keys were two selects)
      assertEquals(2, keys, "statements of the keys");
      assertEquals(Optional.of(DeviceKeys.lorawan10(Fixtures.APP_KEY)),
          db.inTransaction(em -> new JpaDeviceRepository(em).find(devEui)).map(Device::keys));

      // the next device of the same application: its application and profile are known
      Eui64 next = Fixtures.devEui();
      SqlStatementCount.reset();
      db.run(em -> service(em).create(ADMIN, new Device(next, "meter 2", APP, profile, null,
          null, false, false, 0, new DeviceDetails("", Map.of(), Map.of(), 0), null)));
      int nextCreate = SqlStatementCount.statements();
      SqlStatementCount.reset();
      db.run(em -> service(em).createKeys(ADMIN, next, DeviceKeys.lorawan10(Fixtures.APP_KEY)));
      int nextKeys = SqlStatementCount.statements();
      LOG.log(Level.INFO, "the next device: {0} statements to create it, {1} for its keys",
          nextCreate, nextKeys);
      // create: the organization's limit, whether the DevEUI is taken, the insert
      assertEquals(3, nextCreate, "statements of the next create");
      // keys: the device with its keys, the insert
      assertEquals(2, nextKeys, "statements of the next keys");
    } finally {
      db.close();
    }
  }

  private static UUID organizationWithApplicationAndProfile(TestDatabase db) {
    UUID sp = UUID.randomUUID();
    DeviceProfile base = Fixtures.profile();
    DeviceProfile p = new DeviceProfile(base.id(), "otaa", base.region(), base.macVersion(),
        base.regParamsRevision(), true, false, false, 60, 0, 60, 1, 0, 0, 0, 16, "default", 3600,
        0, true, new DeviceProfileDetails(ORG, 1, 0, 0, List.of(), 0, true, PayloadCodec.NONE,
            Map.of()));
    db.run(em -> {
      em.createNativeQuery("insert into organization (id, name, display_name, can_have_gateways,"
              + " created_at, updated_at) values (?, 'provisioning', 'P', true,"
              + " current_timestamp, current_timestamp)")
          .setParameter(1, ORG).executeUpdate();
      em.createNativeQuery("insert into service_profile (id, name, organization_id,"
              + " network_server_id, created_at, updated_at) values (?, 'sp', ?, 1,"
              + " current_timestamp, current_timestamp)")
          .setParameter(1, sp).setParameter(2, ORG).executeUpdate();
      em.createNativeQuery("insert into application (id, name, organization_id,"
              + " service_profile_id, created_at, updated_at) values (?, 'meters', ?, ?,"
              + " current_timestamp, current_timestamp)")
          .setParameter(1, APP).setParameter(2, ORG).setParameter(3, sp).executeUpdate();
      new JpaDeviceProfileRepository(em).save(p);
    });
    return p.id();
  }
}
