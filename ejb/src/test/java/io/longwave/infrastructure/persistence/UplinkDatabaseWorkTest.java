package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.CachedDeviceProfiles;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.SharedDownlinkContexts;
import io.longwave.downlink.TieredDownlinkContextRepository;
import io.longwave.downlink.data.ClassADownlinkFlow;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.framelog.DeviceActivity;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.mac.MacCommandDispatcher;
import io.longwave.network.NetworkSettings;
import io.longwave.session.CachedDeviceSessions;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.AesKeyContextCache;
import io.longwave.uplink.data.DataUplinkFlow;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What one confirmed uplink costs the database (docs/benchmarks.md, "Network server"): the data
 * uplink flow, its Class A answer (an ACK) and the gateway's TX acknowledgement, on PostgreSQL,
 * with the JPA repositories and the downlink-context store as the container runs them (every
 * repository call a transaction of its own). Statements are counted from EclipseLink's SQL log,
 * transactions at the repository calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UplinkDatabaseWorkTest {

  private static final System.Logger LOG =
      System.getLogger(UplinkDatabaseWorkTest.class.getName());
  private static final DevAddr DEV_ADDR = DevAddr.parse("01abcd01");
  private static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  private static final java.util.concurrent.atomic.AtomicLong ADDRESSES =
      new java.util.concurrent.atomic.AtomicLong();

  /** Off to measure the flows on the database alone, without sessions kept in memory. */
  private final boolean sessionCache =
      !"false".equals(System.getProperty("uplink.work.session-cache"));

  /** Off to measure the code before device profiles were cached. */
  private final boolean profileCache =
      !"false".equals(System.getProperty("uplink.work.profile-cache"));

  private TestDatabase db;
  private final AtomicInteger transactions = new AtomicInteger();

  @BeforeAll
  void openDatabase() {
    db = TestDatabase.postgres("longwave_uplink_work_test", CountingSessionLog.properties());
  }

  @AfterAll
  void closeDatabase() {
    db.close();
  }

  /** The repository as a {@code @Stateless} bean: each call in a transaction of its own. */
  private <T> T perCall(Class<T> type, Function<EntityManager, ? extends T> bean) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
          }
          transactions.incrementAndGet();
          return db.inTransaction(em -> {
            try {
              return method.invoke(bean.apply(em), args);
            } catch (InvocationTargetException e) {
              if (e.getCause() instanceof RuntimeException r) {
                throw r;
              }
              throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          });
        }));
  }

  /** Statements and transactions of one step. */
  private record Work(int statements, int transactions, List<String> sql) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder()
          .append(statements).append(" statements in ").append(transactions)
          .append(" transactions:");
      for (String q : sql) {
        String one = q.replaceAll("\\s+", " ");
        b.append("\n  ").append(one, 0, Math.min(one.length(), 110));
      }
      return b.toString();
    }
  }

  private Work measure(Runnable step) {
    CountingSessionLog.take();
    int before = transactions.get();
    step.run();
    List<String> sql = CountingSessionLog.take();
    return new Work(sql.size(), transactions.get() - before, sql);
  }

  /** What a confirmed uplink cost: its flow with the Class A answer, and the TX acknowledgement. */
  record Cost(Work uplink, Work txAck) {
    int statements() {
      return uplink.statements() + txAck.statements();
    }

    int transactions() {
      return uplink.transactions() + txAck.transactions();
    }
  }

  /**
   * The second of two confirmed uplinks of one device (the first warms the caches), answered with
   * an ACK, and the TX acknowledgement of that answer. The last-seen time is due on every uplink,
   * as at the benchmark's 8 s interval, and written by a flush outside the measured work (one
   * transaction for up to 500 devices).
   *
   * @param queued an unconfirmed queue item waits and goes out with the ACK
   * @param sharedContexts downlink contexts in the database too, not only in memory
   */
  private Cost confirmedUplink(boolean queued, boolean sharedContexts) {
    Clock clock = Clock.systemUTC();
    DeviceSessionRepository stored =
        perCall(DeviceSessionRepository.class, JpaDeviceSessionRepository::new);
    DeviceSessionRepository sessions = sessionCache
        ? new CachedDeviceSessions(stored, clock, CachedDeviceSessions.DEFAULT_TTL,
            CachedDeviceSessions.DEFAULT_MAX_SESSIONS)
        : stored;
    DeviceRepository devices = perCall(DeviceRepository.class, JpaDeviceRepository::new);
    DeviceProfileRepository profiles = profileCache
        ? new CachedDeviceProfiles(
            perCall(DeviceProfileRepository.class, JpaDeviceProfileRepository::new), clock,
            CachedDeviceProfiles.DEFAULT_TTL)
        : perCall(DeviceProfileRepository.class, JpaDeviceProfileRepository::new);
    DeviceQueueRepository queue =
        perCall(DeviceQueueRepository.class, JpaDeviceQueueRepository::new);
    DownlinkContextRepository contexts = sharedContexts
        ? new TieredDownlinkContextRepository(new InMemoryDownlinkContextRepository(),
            perCall(SharedDownlinkContexts.class,
                em -> new JpaDownlinkContextStore(em, clock, Duration.ofSeconds(30))))
        : new InMemoryDownlinkContextRepository();
    RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
    RecordingApplicationEvents events = new RecordingApplicationEvents();
    InMemoryFrameLog frames = new InMemoryFrameLog();
    NetworkSettings settings = NetworkSettings.defaults();
    ClassADownlinkFlow classA = new ClassADownlinkFlow(settings, queue, gateways, contexts,
        events, new Random(3), frames, clock);
    DeviceActivity activity = new DeviceActivity(devices, Duration.ZERO, System::nanoTime);
    DataUplinkFlow flow = new DataUplinkFlow(sessions, devices, profiles, queue,
        new MacCommandDispatcher(), events, classA, (delay, task) -> task.run(), settings,
        new UplinkDrops(), new AesKeyContextCache(64),
        frames, activity,
        ReceptionRegions.ANY, clock);
    TxAckFlow txAcks =
        new TxAckFlow(contexts, sessions, queue, devices, profiles, events, frames, clock);

    Eui64 devEui = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    DevAddr devAddr = new DevAddr(0x01ab0000 | (int) (ADDRESSES.incrementAndGet() & 0xffff));
    DeviceSession s = new DeviceSession(devEui, devAddr, MacVersion.LORAWAN_1_0_3,
        RegionId.EU868, KEYS, Instant.now());
    s.fCntUp(10).dr(5).rx2FrequencyHz(869_525_000L);
    sessions.save(s);
    Cost cost = null;
    for (int fCnt = 10; fCnt <= 11; fCnt++) {
      if (queued) {
        queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), devEui, 2, new byte[] {1, 2},
            false, false, -1, null, Instant.now()));
      }
      UplinkFrameSet uplink = GivenDataUplink.lorawan10(devAddr, KEYS).fCnt(fCnt).confirmed()
          .frmPayload(1, new byte[] {1, 2, 3}).receivedAt(clock.instant()).frameSet();
      long expected = fCnt;
      Work up = measure(() -> assertEquals(DataUplinkOutcome.accepted(expected),
          flow.handle(uplink, PhyPayload.decode(uplink.phyPayload()))));
      List<DownlinkFrame> sent = gateways.sent();
      DownlinkFrame answer = sent.get(sent.size() - 1);
      Work ack = measure(() -> txAcks.handle(new DownlinkTxAck(answer.gatewayId(),
          answer.downlinkId(), List.of(DownlinkTxAckItem.of(TxAckStatus.OK),
              DownlinkTxAckItem.of(TxAckStatus.IGNORED)))));
      // the last-seen time is written behind the uplinks, for many devices in one transaction
      assertEquals(1, activity.flush());
      cost = new Cost(up, ack);
    }
    assertEquals(2, events.of(DataUplinkEvent.class).size());
    assertEquals(queued ? 2 : 0, events.of(TxAckEvent.class).size());
    assertEquals(12, sessions.find(devEui).orElseThrow().fCntUp());
    assertEquals(List.of(), queue.list(devEui));
    return cost;
  }

  @Test
  void one_confirmed_uplink_costs_few_statements() {
    StringBuilder report = new StringBuilder("database work of one confirmed uplink");
    for (boolean queued : new boolean[] {false, true}) {
      for (boolean shared : new boolean[] {false, true}) {
        Cost c = confirmedUplink(queued, shared);
        report.append(String.format("%n%s, contexts %s: %d statements in %d transactions",
            queued ? "ACK with a queued item" : "ACK only", shared ? "shared" : "in memory",
            c.statements(), c.transactions()))
            .append("\n uplink and answer: ").append(c.uplink())
            .append("\n TX ack: ").append(c.txAck());
      }
    }
    LOG.log(System.Logger.Level.INFO, report.toString());
  }

  /**
   * Before the cuts (device profile read on every uplink, the counter claimed and the state saved
   * in two updates, the queue read for a pending item and again for the answer, a queue item
   * deleted with a read first) the same uplinks took 11 statements in 10 transactions (ACK only)
   * and 14 in 12 (with a queued item), downlink contexts in memory. Then 8 and 9, before the
   * device and its keys were read in one statement, sessions were kept in memory (no read by
   * DevAddr on the uplink, none on the TX acknowledgement) and last-seen times were written
   * behind the uplinks.
   */
  @Test
  void the_cuts_hold() {
    if (!profileCache || !sessionCache) {
      return;
    }
    assertEquals(4, confirmedUplink(false, false).statements());
    assertEquals(5, confirmedUplink(true, false).statements());
    Cost shared = confirmedUplink(true, true);
    assertEquals(7, shared.statements());
    assertEquals(7, shared.transactions());
  }
}
