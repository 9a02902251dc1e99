package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.testing.InMemoryJoinAcceptsSent;
import io.longwave.testing.InterleavingDeviceSessionRepository;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import io.longwave.uplink.join.DevAddrAllocator;
import io.longwave.uplink.join.GivenOtaaDevice;
import io.longwave.uplink.join.GivenRejoinRequest;
import io.longwave.uplink.join.JoinOutcome;
import io.longwave.uplink.join.RejoinRequestFlow;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The session a LoRaWAN 1.1 rejoin-request starts stays pending next to the one in use until the
 * device's first uplink under it (LoRaWAN 1.1 §6.2.4; ChirpStack v3 {@code
 * PendingRejoinDeviceSession}): the old session stays valid meanwhile, the first uplink with the
 * new keys activates the new one and ends the old, a later rejoin replaces the pending one, and
 * two copies of that first uplink give one result.
 */
class RejoinPendingSessionScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0202030405060708");
  private static final Eui64 JOIN_EUI = Eui64.parse("0102030405060708");
  private static final Aes128Key NWK_KEY = Aes128Key.parse("11112222333344445555666677778888");
  private static final Aes128Key APP_KEY = Aes128Key.parse("88887777666655554444333322221111");
  private static final NetId NET_ID = new NetId(0);
  private static final DevAddr OLD_ADDR = DevAddr.parse("01020304");
  private static final DevAddr NEW_ADDR = DevAddr.parse("01aa0001");
  private static final RandomGenerator FIXED = () -> 0x01020304L << 32;
  private static final byte[] DATA = {0x01, 0x02};

  /** The device, its session in use and the rejoin flow on one set of in-memory edges. */
  private static final class World {
    final DataUplinkFixture uplinks;
    final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
    final GivenOtaaDevice device = GivenOtaaDevice.lorawan11(DEV_EUI, JOIN_EUI, NWK_KEY, APP_KEY);
    final SessionKeys oldKeys = KeyDerivation.lorawan11(NWK_KEY, APP_KEY, 1, JOIN_EUI, 1);
    final AtomicLong nextAddr = new AtomicLong(0x01aa0001L);
    final RejoinRequestFlow rejoins;

    World(DeviceSessionRepository sessions) {
      uplinks = new DataUplinkFixture(sessions);
      NetworkSettings settings = NetworkSettings.defaults();
      Clock clock = Clock.fixed(DataUplinkFixture.NOW, ZoneOffset.UTC);
      JoinAcceptFlow joinAccepts =
          new JoinAcceptFlow(gateways, new GatewaySelector(settings.gatewayMinMarginDb(), FIXED),
              new InMemoryJoinAcceptsSent(), settings, FIXED, FrameLog.NONE, clock);
      rejoins =
          new RejoinRequestFlow(uplinks.devices, uplinks.devices, new InMemoryDevNonceRepository(),
              sessions, uplinks.queue, joinAccepts, uplinks.events, settings,
              r -> NetworkRegionSettings.defaults(),
              new DevAddrAllocator(NET_ID, () -> nextAddr.getAndIncrement() << 32), uplinks.drops,
              clock);
      DeviceProfile profile =
          DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, MacVersion.LORAWAN_1_1_0);
      uplinks.devices.save(profile);
      uplinks.devices.save(new Device(DEV_EUI, "device", 1, profile.id(), JOIN_EUI,
          device.keys(), false, false, 1));
      DeviceSession s = new DeviceSession(DEV_EUI, OLD_ADDR, MacVersion.LORAWAN_1_1_0,
          RegionId.EU868, oldKeys, DataUplinkFixture.NOW.minusSeconds(3600));
      s.fCntUp(20).dr(5).rx2FrequencyHz(869_525_000L);
      sessions.save(s);
    }

    World() {
      this(new io.longwave.testing.InMemoryDeviceSessionRepository());
    }

    DeviceSession session() {
      return uplinks.session(DEV_EUI);
    }

    /** Sends a rejoin-request and returns the session keys the device takes from its answer. */
    SessionKeys rejoin(int type, int rjCount) {
      gateways.clear();
      byte[] phy = type == 1
          ? GivenRejoinRequest.type1(JOIN_EUI, DEV_EUI, rjCount, NWK_KEY)
          : GivenRejoinRequest.type02(type, NET_ID, DEV_EUI, rjCount, session().sNwkSIntKey());
      UplinkFrameSet set = GivenDataUplink.lorawan11(OLD_ADDR, oldKeys).frameSetOf(phy);
      assertInstanceOf(JoinOutcome.Accepted.class,
          rejoins.rejoin(set, PhyPayload.decode(phy)));
      JoinRequestType joinType = switch (type) {
        case 0 -> JoinRequestType.REJOIN_TYPE_0;
        case 1 -> JoinRequestType.REJOIN_TYPE_1;
        default -> JoinRequestType.REJOIN_TYPE_2;
      };
      byte[] plain = GivenRejoinRequest.decryptJoinAccept(
          gateways.sent().get(0).items().get(0).phyPayload(), device.keys(), DEV_EUI, JOIN_EUI,
          joinType, rjCount);
      JoinAcceptPayload accept = GivenOtaaDevice.payloadOf(plain);
      return KeyDerivation.lorawan11(NWK_KEY, APP_KEY, accept.joinNonce().value(), JOIN_EUI,
          rjCount);
    }

    DataUplinkOutcome uplink(DevAddr addr, SessionKeys keys, long fCnt) {
      return uplinks.send(GivenDataUplink.lorawan11(addr, keys).fCnt(fCnt)
          .frmPayload(3, DATA).frameSet());
    }
  }

  @Test
  void the_session_in_use_stays_valid_while_the_rejoin_session_is_pending() {
    World w = new World();
    w.rejoin(0, 0);

    assertEquals(DataUplinkOutcome.accepted(20), w.uplink(OLD_ADDR, w.oldKeys, 20));

    DeviceSession s = w.session();
    assertEquals(OLD_ADDR, s.devAddr());
    assertEquals(21, s.fCntUp());
    assertNotNull(s.pendingRejoin(), "still pending after an uplink under the old session");
    assertEquals(NEW_ADDR, s.pendingRejoin().devAddr());
  }

  @Test
  void the_first_uplink_under_the_new_session_activates_it_and_ends_the_old_one() {
    World w = new World();
    SessionKeys newKeys = w.rejoin(0, 0);

    assertEquals(DataUplinkOutcome.accepted(0), w.uplink(NEW_ADDR, newKeys, 0));

    DeviceSession s = w.session();
    assertEquals(NEW_ADDR, s.devAddr());
    assertEquals(newKeys.sNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(newKeys.appSKey(), s.appSKey());
    assertEquals(1, s.fCntUp());
    assertNull(s.pendingRejoin());
    assertEquals(1, w.uplinks.events.of(DataUplinkEvent.class).size());
    assertEquals(NEW_ADDR, w.uplinks.events.of(DataUplinkEvent.class).get(0).devAddr());
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.UNKNOWN_DEV_ADDR, -1),
        w.uplink(OLD_ADDR, w.oldKeys, 21));
  }

  @Test
  void a_type_2_rejoin_session_on_the_same_address_is_activated_by_its_keys() {
    World w = new World();
    SessionKeys newKeys = w.rejoin(2, 0);

    assertEquals(DataUplinkOutcome.accepted(21), w.uplink(OLD_ADDR, w.oldKeys, 21));
    assertNotNull(w.session().pendingRejoin());
    assertEquals(DataUplinkOutcome.accepted(0), w.uplink(OLD_ADDR, newKeys, 0));

    DeviceSession s = w.session();
    assertEquals(OLD_ADDR, s.devAddr());
    assertEquals(newKeys.fNwkSIntKey(), s.fNwkSIntKey());
    assertNull(s.pendingRejoin());
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.MIC_FAILED, -1),
        w.uplink(OLD_ADDR, w.oldKeys, 22));
  }

  @Test
  void a_later_rejoin_replaces_the_pending_session() {
    World w = new World();
    SessionKeys first = w.rejoin(0, 0);
    SessionKeys second = w.rejoin(1, 7);

    assertEquals(DevAddr.parse("01aa0002"), w.session().pendingRejoin().devAddr());
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.UNKNOWN_DEV_ADDR, -1),
        w.uplink(NEW_ADDR, first, 0));
    assertEquals(DataUplinkOutcome.accepted(0),
        w.uplink(DevAddr.parse("01aa0002"), second, 0));
    assertEquals(second.appSKey(), w.session().appSKey());
  }

  @Test
  void two_concurrent_copies_of_the_first_uplink_activate_once_and_give_one_event()
      throws Exception {
    InterleavingDeviceSessionRepository racing = new InterleavingDeviceSessionRepository(2);
    World w = new World(racing);
    SessionKeys newKeys = w.rejoin(0, 0);
    UplinkFrameSet copy = GivenDataUplink.lorawan11(NEW_ADDR, newKeys).fCnt(0)
        .frmPayload(3, DATA).frameSet();

    List<DataUplinkOutcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DataUplinkOutcome>> f = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        f.add(pool.submit(() -> w.uplinks.send(copy)));
      }
      for (Future<DataUplinkOutcome> r : f) {
        outcomes.add(r.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, outcomes.stream().filter(DataUplinkOutcome::accepted).count());
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.FCNT_RETRANSMISSION, 0),
        outcomes.stream().filter(o -> !o.accepted()).findFirst().orElseThrow());
    assertEquals(1, w.uplinks.events.of(DataUplinkEvent.class).size());
    assertEquals(NEW_ADDR, w.session().devAddr());
    assertEquals(1, w.session().fCntUp());
    assertNull(w.session().pendingRejoin());
  }
}
