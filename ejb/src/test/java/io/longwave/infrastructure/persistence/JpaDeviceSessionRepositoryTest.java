package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.Proprietary;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.PendingMacCommand;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDeviceSessionRepository} on H2 and PostgreSQL: round trip and versioned saves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeviceSessionRepositoryTest {

  /** Microseconds: what both databases keep of a timestamp. */
  private static final Instant ACTIVATED = Instant.parse("2025-03-01T10:00:00.123456Z");

  private List<TestDatabase> databases;
  private ExecutorService threads;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("device_session_test").toList();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  void closeDatabases() {
    threads.shutdownNow();
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static Aes128Key key(int first) {
    byte[] b = new byte[16];
    for (int i = 0; i < 16; i++) {
      b[i] = (byte) (first + i);
    }
    return Aes128Key.of(b);
  }

  /** A LoRaWAN 1.1 session with every field away from its default. */
  private static DeviceSession everyField(Eui64 devEui, DevAddr devAddr) {
    BitSet channels = new BitSet();
    channels.set(0, 3);
    channels.set(5);
    channels.set(64);
    return new DeviceSession(
            devEui, devAddr, MacVersion.LORAWAN_1_1_0, RegionId.AS923_2, key(0x10), key(0x20),
            key(0x30), key(0x40), ACTIVATED, 0)
        .fCntUp(0xfffffff0L)
        .nFCntDown(0x10000L)
        .aFCntDown(77)
        .confFCnt(12)
        .skipFCntCheck(true)
        .nextRjCount0(3)
        .nextRjCount1(0x10000)
        .rx1Delay(5)
        .rx1DrOffset(2)
        .rx2Dr(3)
        .rx2FrequencyHz(923_200_000L)
        .adr(true)
        .dr(5)
        .txPowerIndex(3)
        .nbTrans(2)
        .maxSupportedTxPowerIndex(6)
        .enabledUplinkChannels(channels)
        .extraUplinkChannels(
            List.of(new Channel(922_000_000L, 0, 5), new Channel(922_200_000L, 1, 7)))
        .uplinkDwellTime400ms(true)
        .downlinkDwellTime400ms(true)
        .deviceClass(DeviceClass.C)
        .pingSlotNb(16)
        .pingSlotDr(3)
        .pingSlotFrequencyHz(923_400_000L)
        .pendingMacCommands(
            List.of(
                new PendingMacCommand(
                    new LinkAdrReq(5, 3, 0x00ff, 0, 2),
                    Instant.parse("2025-03-01T10:01:00.123456789Z"), 1),
                new PendingMacCommand(
                    new RxParamSetupReq(2, 3, 923_200_000, 0),
                    Instant.parse("2025-03-01T10:02:00Z"), 3),
                new PendingMacCommand(
                    new NewChannelReq(3, 922_000_000, 5, 0), Instant.parse("2025-03-01T10:03:00Z"),
                    1),
                new PendingMacCommand(new DevStatusReq(), Instant.parse("2025-03-01T10:04:00Z"), 2),
                new PendingMacCommand(
                    new Proprietary(0x80, new byte[] {1, 2, 3}),
                    Instant.parse("2025-03-01T10:05:00Z"), 1)))
        .macCommandErrorCount(Map.of(0x03, 2, 0x06, 1))
        .lastDeviceStatusRequest(Instant.parse("2025-03-01T09:59:59.999999999Z"))
        .battery(254)
        .margin(-5)
        .ackPending(true);
  }

  private static void assertSameSession(DeviceSession expected, DeviceSession actual) {
    assertEquals(expected.devEui(), actual.devEui());
    assertEquals(expected.devAddr(), actual.devAddr());
    assertEquals(expected.macVersion(), actual.macVersion());
    assertEquals(expected.region(), actual.region());
    assertEquals(expected.fNwkSIntKey(), actual.fNwkSIntKey());
    assertEquals(expected.sNwkSIntKey(), actual.sNwkSIntKey());
    assertEquals(expected.nwkSEncKey(), actual.nwkSEncKey());
    assertEquals(expected.appSKey(), actual.appSKey());
    assertEquals(expected.activatedAt(), actual.activatedAt());
    assertEquals(expected.version(), actual.version());
    assertEquals(expected.fCntUp(), actual.fCntUp());
    assertEquals(expected.nFCntDown(), actual.nFCntDown());
    assertEquals(expected.aFCntDown(), actual.aFCntDown());
    assertEquals(expected.confFCnt(), actual.confFCnt());
    assertEquals(expected.skipFCntCheck(), actual.skipFCntCheck());
    assertEquals(expected.nextRjCount0(), actual.nextRjCount0());
    assertEquals(expected.nextRjCount1(), actual.nextRjCount1());
    assertEquals(expected.rx1Delay(), actual.rx1Delay());
    assertEquals(expected.rx1DrOffset(), actual.rx1DrOffset());
    assertEquals(expected.rx2Dr(), actual.rx2Dr());
    assertEquals(expected.rx2FrequencyHz(), actual.rx2FrequencyHz());
    assertEquals(expected.adr(), actual.adr());
    assertEquals(expected.dr(), actual.dr());
    assertEquals(expected.txPowerIndex(), actual.txPowerIndex());
    assertEquals(expected.nbTrans(), actual.nbTrans());
    assertEquals(expected.maxSupportedTxPowerIndex(), actual.maxSupportedTxPowerIndex());
    assertEquals(expected.enabledUplinkChannels(), actual.enabledUplinkChannels());
    assertEquals(expected.extraUplinkChannels(), actual.extraUplinkChannels());
    assertEquals(expected.uplinkDwellTime400ms(), actual.uplinkDwellTime400ms());
    assertEquals(expected.downlinkDwellTime400ms(), actual.downlinkDwellTime400ms());
    assertEquals(expected.deviceClass(), actual.deviceClass());
    assertEquals(expected.pingSlotNb(), actual.pingSlotNb());
    assertEquals(expected.pingSlotDr(), actual.pingSlotDr());
    assertEquals(expected.pingSlotFrequencyHz(), actual.pingSlotFrequencyHz());
    assertEquals(expected.pendingMacCommands(), actual.pendingMacCommands());
    assertEquals(expected.macCommandErrorCount(), actual.macCommandErrorCount());
    assertEquals(expected.lastDeviceStatusRequest(), actual.lastDeviceStatusRequest());
    assertEquals(expected.battery(), actual.battery());
    assertEquals(expected.margin(), actual.margin());
    assertEquals(expected.ackPending(), actual.ackPending());
  }

  private static DeviceSession find(TestDatabase db, Eui64 devEui) {
    return db.inTransaction(em -> new JpaDeviceSessionRepository(em).find(devEui)).orElseThrow();
  }

  private static void save(TestDatabase db, DeviceSession s) {
    db.run(em -> new JpaDeviceSessionRepository(em).save(s));
  }

  private static DeviceSession stored(TestDatabase db, DevAddr devAddr) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceSession s = everyField(dev, devAddr);
    save(db, s);
    return s;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_every_field_of_a_session(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f2a"));
    assertEquals(1, s.version(), "the saved copy gets the stored version");
    assertSameSession(s, find(db, s.devEui()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_the_defaults_of_a_new_session(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DeviceSession s =
        new DeviceSession(dev, DevAddr.parse("00000001"), MacVersion.LORAWAN_1_0_2,
            RegionId.EU868, key(1), key(1), key(1), key(2), ACTIVATED, 0);
    save(db, s);
    assertSameSession(s, find(db, dev));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void each_save_increments_the_version(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f2b"));
    DeviceSession copy = find(db, s.devEui());
    copy.fCntUp(0xfffffff1L).nFCntDown(0x10001L).deviceClass(DeviceClass.A).battery(null);
    save(db, copy);
    assertEquals(2, copy.version());
    DeviceSession again = find(db, s.devEui());
    assertSameSession(copy, again);
    save(db, again.fCntUp(0xfffffff2L));
    assertEquals(3, find(db, s.devEui()).version());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void of_two_copies_saved_the_second_is_refused(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f2c"));
    DeviceSession first = find(db, s.devEui());
    DeviceSession second = find(db, s.devEui());
    save(db, first.fCntUp(0xfffffff1L));
    assertThrows(ConcurrentSessionUpdateException.class, () -> save(db, second.fCntUp(5)));
    DeviceSession now = find(db, s.devEui());
    assertEquals(0xfffffff1L, now.fCntUp(), "the first save stays");
    assertEquals(2, now.version());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void of_two_concurrent_saves_of_one_version_one_wins(TestDatabase db) throws Exception {
    DeviceSession s = stored(db, DevAddr.parse("26011f2d"));
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Boolean>> results = Stream.of(100L, 200L)
        .map(fCnt -> threads.submit(() -> {
          DeviceSession copy = find(db, s.devEui()).fCntUp(fCnt);
          start.await();
          try {
            save(db, copy);
            return true;
          } catch (ConcurrentSessionUpdateException e) {
            return false;
          }
        }))
        .toList();
    int wins = 0;
    for (Future<Boolean> r : results) {
      wins += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
    }
    assertEquals(1, wins);
    assertEquals(2, find(db, s.devEui()).version());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_new_session_does_not_replace_a_stored_one(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f2e"));
    DeviceSession rejoined = everyField(s.devEui(), DevAddr.parse("26011f2f"));
    assertThrows(ConcurrentSessionUpdateException.class, () -> save(db, rejoined));
    assertEquals(s.devAddr(), find(db, s.devEui()).devAddr());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_copy_of_a_replaced_session_is_refused(TestDatabase db) {
    DeviceSession old = stored(db, DevAddr.parse("26011f30"));
    DeviceSession stale = find(db, old.devEui());
    db.run(em -> new JpaDeviceSessionRepository(em).delete(old.devEui()));
    DeviceSession joined =
        new DeviceSession(old.devEui(), DevAddr.parse("26011f31"), MacVersion.LORAWAN_1_1_0,
            RegionId.AS923_2, key(0x50), key(0x60), key(0x70), key(0x80), ACTIVATED, 0);
    save(db, joined);
    assertEquals(stale.version(), joined.version(), "both copies are at version 1");
    assertThrows(ConcurrentSessionUpdateException.class, () -> save(db, stale.fCntUp(9)));
    assertEquals(key(0x50), find(db, old.devEui()).fNwkSIntKey());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void finds_the_sessions_of_an_address(TestDatabase db) {
    DevAddr shared = DevAddr.parse("01abcdef");
    DeviceSession a = stored(db, shared);
    DeviceSession b = stored(db, shared);
    stored(db, DevAddr.parse("01abcdee"));
    List<DeviceSession> found =
        db.inTransaction(em -> new JpaDeviceSessionRepository(em).findByDevAddr(shared));
    assertEquals(2, found.size());
    assertEquals(
        List.of(a.devEui(), b.devEui()).stream().sorted().toList(),
        found.stream().map(DeviceSession::devEui).sorted().toList());
    for (DeviceSession s : found) {
      assertSameSession(s.devEui().equals(a.devEui()) ? a : b, s);
    }
    assertTrue(
        db.inTransaction(
            em -> new JpaDeviceSessionRepository(em).findByDevAddr(DevAddr.parse("7fffffff")))
            .isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_a_pending_rejoin_session_finds_it_by_its_address_and_activates_it(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f40"));
    DeviceSession pending = everyField(s.devEui(), DevAddr.parse("26011f41"))
        .fCntUp(0).nextRjCount0(0).pendingMacCommands(List.of());
    DeviceSession current = find(db, s.devEui()).pendingRejoin(pending);
    save(db, current);

    DeviceSession read = find(db, s.devEui());
    assertEquals(s.devAddr(), read.devAddr(), "the session in use stays");
    assertSameSession(pending, read.pendingRejoin());
    List<DeviceSession> byNew = db.inTransaction(
        em -> new JpaDeviceSessionRepository(em).findByDevAddr(DevAddr.parse("26011f41")));
    assertEquals(1, byNew.size());
    assertEquals(s.devEui(), byNew.get(0).devEui());

    DeviceSession stale = find(db, s.devEui());
    save(db, read.fCntUp(0xfffffff5L));
    assertThrows(ConcurrentSessionUpdateException.class, () ->
        db.run(em -> new JpaDeviceSessionRepository(em).activatePendingRejoin(stale)));
    DeviceSession fresh = find(db, s.devEui());
    assertSameSession(pending, fresh.pendingRejoin());
    DeviceSession activated = db.inTransaction(
        em -> new JpaDeviceSessionRepository(em).activatePendingRejoin(fresh));

    DeviceSession now = find(db, s.devEui());
    assertEquals(fresh.version() + 1, activated.version());
    assertSameSession(activated, now);
    assertEquals(DevAddr.parse("26011f41"), now.devAddr());
    assertEquals(null, now.pendingRejoin());
    assertTrue(db.inTransaction(
        em -> new JpaDeviceSessionRepository(em).findByDevAddr(s.devAddr())).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void the_address_lookup_has_an_index(TestDatabase db) {
    List<String> indexed =
        db.inTransaction(
            em -> {
              List<String> columns = new ArrayList<>();
              try (ResultSet rs =
                  em.unwrap(Connection.class)
                      .getMetaData()
                      .getIndexInfo(null, null, table(db, "device_session"), false, false)) {
                while (rs.next()) {
                  String index = rs.getString("INDEX_NAME");
                  if (index != null && index.equalsIgnoreCase("device_session_dev_addr")) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                  }
                }
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              return columns;
            });
    assertEquals(List.of("dev_addr"), indexed);
  }

  private static String table(TestDatabase db, String name) {
    return db.toString().equals("H2") ? name.toUpperCase(Locale.ROOT) : name;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deletes_a_session(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f32"));
    db.run(em -> new JpaDeviceSessionRepository(em).delete(s.devEui()));
    assertEquals(
        Optional.empty(),
        db.inTransaction(em -> new JpaDeviceSessionRepository(em).find(s.devEui())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void finds_within_the_transaction_what_it_saved(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f33"));
    long fCnt =
        db.inTransaction(
            em -> {
              JpaDeviceSessionRepository sessions = new JpaDeviceSessionRepository(em);
              DeviceSession copy = sessions.find(s.devEui()).orElseThrow();
              sessions.save(copy.fCntUp(4242));
              return sessions.find(s.devEui()).orElseThrow().fCntUp();
            });
    assertEquals(4242, fCnt);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reads_missing_state_members_as_defaults(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f34"));
    db.run(
        em ->
            em.createNativeQuery("update device_session set mac_state = '{}' where dev_eui = ?")
                .setParameter(1, s.devEui().toString())
                .executeUpdate());
    DeviceSession read = find(db, s.devEui());
    assertEquals(0xfffffff0L, read.fCntUp(), "columns are kept");
    assertEquals(1, read.rx1Delay());
    assertEquals(1, read.nbTrans());
    assertTrue(read.pendingMacCommands().isEmpty());
    assertEquals(null, read.battery());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_unreadable_state_names_the_device(TestDatabase db) {
    DeviceSession s = stored(db, DevAddr.parse("26011f35"));
    db.run(
        em ->
            em.createNativeQuery(
                    "update device_session set mac_state = '{\"pendingMacCommands\":"
                        + "[{\"command\":\"03zz\",\"sentAt\":\"2025-03-01T10:00:00Z\"}]}'"
                        + " where dev_eui = ?")
                .setParameter(1, s.devEui().toString())
                .executeUpdate());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> find(db, s.devEui()));
    assertTrue(e.getMessage().contains(s.devEui().toString()), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void refuses_a_session_of_an_unknown_device(TestDatabase db) {
    DeviceSession s = everyField(Fixtures.devEui(), DevAddr.parse("26011f36"));
    assertThrows(IllegalStateException.class, () -> save(db, s));
  }
}
