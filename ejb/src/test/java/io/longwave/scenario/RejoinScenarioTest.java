package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.InMemoryJoinAcceptsSent;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.UplinkDrops;
import io.longwave.uplink.join.DevAddrAllocator;
import io.longwave.uplink.join.GivenOtaaDevice;
import io.longwave.uplink.join.GivenRejoinRequest;
import io.longwave.uplink.join.JoinOutcome;
import io.longwave.uplink.join.JoinRejection;
import io.longwave.uplink.join.JoinRequestFlow;
import io.longwave.uplink.join.RejoinRequestFlow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LoRaWAN 1.1 rejoin-requests through {@link RejoinRequestFlow} with in-memory edges (LoRaWAN 1.1
 * §6.2.4; ChirpStack v3 {@code internal/uplink/rejoin}). The device first joins through the join
 * flow; each join-accept answering a rejoin is decrypted with the JSEncKey and its MIC checked
 * with JoinReqType and RJcount, as the device does.
 */
class RejoinScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0202030405060708");
  private static final Eui64 JOIN_EUI = Eui64.parse("0102030405060708");
  private static final Aes128Key NWK_KEY = Aes128Key.parse("11112222333344445555666677778888");
  private static final Aes128Key APP_KEY = Aes128Key.parse("88887777666655554444333322221111");
  private static final Aes128Key WRONG_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
  private static final GatewayId GW = GatewayId.parse("0102030405060708");
  private static final byte[] TMST = Hex.decode("01020304", "tmst");
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:01Z");
  private static final NetId NET_ID = new NetId(0);
  private static final int JOIN_DEV_NONCE = 1;

  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final InMemoryDevNonceRepository devNonces = new InMemoryDevNonceRepository();
  private final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  private final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  private final InMemoryJoinAcceptsSent joinAcceptsSent = new InMemoryJoinAcceptsSent();
  private final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  private final RecordingApplicationEvents events = new RecordingApplicationEvents();
  private final UplinkDrops drops = new UplinkDrops();
  private final Map<RegionId, NetworkRegionSettings> regionSettings = new EnumMap<>(RegionId.class);
  private final NetworkSettings settings = NetworkSettings.defaults();

  /** nextInt() gives 0x01020304: the downlink id and the gateway choice. */
  private static final RandomGenerator FIXED = () -> 0x01020304L << 32;
  /** DevAddrs 01020304, 01020305, … in allocation order. */
  private final AtomicLong nextAddr = new AtomicLong(0x01020304L);
  private final RandomGenerator addresses = () -> nextAddr.getAndIncrement() << 32;

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final DevAddrAllocator devAddrs = new DevAddrAllocator(NET_ID, addresses);
  private final JoinAcceptFlow joinAccepts =
      new JoinAcceptFlow(gateways, new GatewaySelector(settings.gatewayMinMarginDb(), FIXED),
          joinAcceptsSent, settings, FIXED, FrameLog.NONE, clock);
  private final RejoinRequestFlow flow =
      new RejoinRequestFlow(devices, devices, devNonces, sessions, queue, joinAccepts, events,
          settings, this::regionSettings, devAddrs, drops, clock);

  private GivenOtaaDevice device;
  private int eventsOfJoin;

  private NetworkRegionSettings regionSettings(RegionId r) {
    return regionSettings.getOrDefault(r, NetworkRegionSettings.defaults());
  }

  @BeforeEach
  void join_a_lorawan_11_device() {
    device = given(MacVersion.LORAWAN_1_1_0);
    JoinRequestFlow joins =
        new JoinRequestFlow(devices, devices, devNonces, sessions, queue, joinAccepts, events,
            settings, this::regionSettings, devAddrs, FrameLog.NONE, ReceptionRegions.ANY,
            clock);
    joins.handle(uplink(device.joinRequest(JOIN_DEV_NONCE)),
        device.joinRequestPayload(JOIN_DEV_NONCE));
    assertEquals(DevAddr.parse("01020304"), session().devAddr());
    gateways.clear();
    eventsOfJoin = events.all().size();
  }

  /** The events since the join of the set-up. */
  private List<Object> newEvents() {
    List<Object> all = events.all();
    return all.subList(eventsOfJoin, all.size());
  }

  private <T> List<T> newEvents(Class<T> kind) {
    return newEvents().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  private GivenOtaaDevice given(MacVersion version) {
    GivenOtaaDevice d =
        version.isLorawan11()
            ? GivenOtaaDevice.lorawan11(DEV_EUI, JOIN_EUI, NWK_KEY, APP_KEY)
            : GivenOtaaDevice.lorawan10(version, DEV_EUI, JOIN_EUI, NWK_KEY);
    DeviceProfile profile = DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, version);
    devices.save(profile);
    devices.save(new Device(DEV_EUI, "device", 1, profile.id(), JOIN_EUI, d.keys(), false,
        false, devices.find(DEV_EUI).map(Device::joinNonce).orElse(0)));
    return d;
  }

  private static UplinkFrameSet uplink(byte[] phy) {
    UplinkTxInfo tx =
        new UplinkTxInfo(868100000, new LoraModulation(125000, 10, CodeRate.CR_4_5, false));
    UplinkRxInfo rx =
        UplinkRxInfo.builder(GW).snr(5).rssi(-80).board(1).antenna(0).context(TMST).build();
    return new UplinkFrameSet(
        UUID.randomUUID(), phy, tx, List.of(rx), Instant.parse("2024-05-01T10:00:00Z"));
  }

  private JoinOutcome rejoin(byte[] phy) {
    return flow.rejoin(uplink(phy), PhyPayload.decode(phy));
  }

  private DeviceSession session() {
    return sessions.find(DEV_EUI).orElseThrow();
  }

  /** The new session, waiting in the one in use until the device's first uplink under it. */
  private DeviceSession pendingSession() {
    DeviceSession pending = session().pendingRejoin();
    assertNotNull(pending, "the rejoin session is pending");
    return pending;
  }

  private byte[] type0(int rjCount0) {
    return GivenRejoinRequest.type02(0, NET_ID, DEV_EUI, rjCount0, session().sNwkSIntKey());
  }

  private byte[] type2(int rjCount0) {
    return GivenRejoinRequest.type02(2, NET_ID, DEV_EUI, rjCount0, session().sNwkSIntKey());
  }

  private byte[] type1(int rjCount1) {
    return GivenRejoinRequest.type1(JOIN_EUI, DEV_EUI, rjCount1, NWK_KEY);
  }

  private DownlinkFrame onlyFrame() {
    List<DownlinkFrame> sent = gateways.sent();
    assertEquals(1, sent.size());
    return sent.get(0);
  }

  private byte[] decrypt(JoinRequestType type, int rjCount) {
    return GivenRejoinRequest.decryptJoinAccept(onlyFrame().items().get(0).phyPayload(),
        device.keys(), DEV_EUI, JOIN_EUI, type, rjCount);
  }

  private static void assertItem(DownlinkFrameItem item, long hz, int sf, Duration delay) {
    assertEquals(hz, item.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125000, sf, CodeRate.CR_4_5, true),
        item.txInfo().modulation());
    assertEquals(new DownlinkTiming.Delay(delay), item.txInfo().timing());
    assertArrayEquals(TMST, item.txInfo().context());
  }

  /** The session keys the device derives from a rejoin's join-accept: RJcount for DevNonce. */
  private static SessionKeys deviceKeys(JoinAcceptPayload accept, int rjCount) {
    return KeyDerivation.lorawan11(NWK_KEY, APP_KEY, accept.joinNonce().value(), JOIN_EUI,
        rjCount);
  }

  @Test
  void answers_rejoin_type_0_with_a_new_address_in_the_join_accept_windows() {
    Aes128Key oldKey = session().sNwkSIntKey();

    JoinOutcome outcome = rejoin(type0(0));

    assertInstanceOf(JoinOutcome.Accepted.class, outcome);
    DownlinkFrame frame = onlyFrame();
    assertEquals(GW, frame.gatewayId());
    assertEquals(2, frame.items().size());
    // RX1 on the uplink channel at the uplink's DR2 (SF10) after JOIN_ACCEPT_DELAY1, RX2 at DR0.
    assertItem(frame.items().get(0), 868100000, 10, Duration.ofSeconds(5));
    assertItem(frame.items().get(1), 869525000, 12, Duration.ofSeconds(6));
    byte[] plain = decrypt(JoinRequestType.REJOIN_TYPE_0, 0);
    // MHDR 20 | JoinNonce 000002 | NetID 000000 | DevAddr 01020305 | DLSettings 80 (OptNeg)
    // | RxDelay 01 | MIC
    assertEquals("20" + "020000" + "000000" + "05030201" + "80" + "01",
        Hex.encode(plain).substring(0, 26));
    assertEquals(17, plain.length);
    JoinAcceptPayload accept = GivenOtaaDevice.payloadOf(plain);
    SessionKeys keys = deviceKeys(accept, 0);
    DeviceSession s = pendingSession();
    assertEquals(oldKey, session().sNwkSIntKey(), "the session in use stays until then");
    assertEquals(DevAddr.parse("01020304"), session().devAddr());
    assertEquals(1, session().nextRjCount0(), "the request is not accepted twice");
    assertEquals(DevAddr.parse("01020305"), s.devAddr());
    assertEquals(keys.fNwkSIntKey(), s.fNwkSIntKey());
    assertEquals(keys.sNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(keys.nwkSEncKey(), s.nwkSEncKey());
    assertEquals(keys.appSKey(), s.appSKey());
    assertNotEquals(oldKey, s.sNwkSIntKey());
    assertEquals(0, s.fCntUp());
    assertEquals(0, s.nextRjCount0());
    assertEquals(2, s.dr());
    assertEquals(2, devices.find(DEV_EUI).orElseThrow().joinNonce());
    assertEquals(DevAddr.parse("01020305"), newEvents(JoinEvent.class).get(0).devAddr());
    assertTrue(newEvents(ErrorEvent.class).isEmpty());
  }

  @Test
  void encrypts_the_join_accept_of_a_rejoin_with_the_js_enc_key_not_the_nwk_key() {
    rejoin(type0(0));

    byte[] phy = onlyFrame().items().get(0).phyPayload();
    byte[] withNwkKey = JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(NWK_KEY), phy);
    Aes128Key jsIntKey = KeyDerivation.jsIntKey(NWK_KEY, DEV_EUI);
    assertFalse(JoinMic.checkJoinAcceptLorawan11(AesKeyContext.of(jsIntKey),
        JoinRequestType.REJOIN_TYPE_0, JOIN_EUI, 0, withNwkKey, 0, withNwkKey.length));
    // and the MIC names the rejoin type: as a join-request's it does not check
    assertThrows(AssertionError.class, () -> decrypt(JoinRequestType.JOIN_REQUEST, 0));
  }

  @Test
  void answers_rejoin_type_1_with_the_js_int_key_mic_and_keeps_rjcount1() {
    JoinOutcome outcome = rejoin(type1(5));

    assertInstanceOf(JoinOutcome.Accepted.class, outcome);
    byte[] plain = decrypt(JoinRequestType.REJOIN_TYPE_1, 5);
    assertEquals("20" + "020000" + "000000" + "05030201" + "80" + "01",
        Hex.encode(plain).substring(0, 26));
    SessionKeys keys = deviceKeys(GivenOtaaDevice.payloadOf(plain), 5);
    DeviceSession s = pendingSession();
    assertEquals(6, session().nextRjCount1());
    assertEquals(keys.sNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(keys.appSKey(), s.appSKey());
    assertEquals(DevAddr.parse("01020305"), s.devAddr());
    assertEquals(6, s.nextRjCount1());
  }

  @Test
  void answers_rejoin_type_2_keeping_the_address_and_the_radio_settings() {
    regionSettings.put(RegionId.EU868, NetworkRegionSettings.defaults()
        .withExtraUplinkChannels(List.of(new Channel(867100000, 0, 5))));
    DeviceSession before = session();
    before.rx1DrOffset(2).txPowerIndex(3).nbTrans(2).fCntUp(17).nFCntDown(5).aFCntDown(4)
        .adr(true).dr(5);
    sessions.save(before);

    JoinOutcome outcome = rejoin(type2(0));

    assertInstanceOf(JoinOutcome.Accepted.class, outcome);
    byte[] plain = decrypt(JoinRequestType.REJOIN_TYPE_2, 0);
    // Same DevAddr, DLSettings 80 | RX1DROffset 2 << 4 | RX2 DR0, no CFList
    assertEquals("20" + "020000" + "000000" + "04030201" + "a0" + "01" ,
        Hex.encode(plain).substring(0, 26));
    assertEquals(17, plain.length);
    SessionKeys keys = deviceKeys(GivenOtaaDevice.payloadOf(plain), 0);
    DeviceSession s = pendingSession();
    assertEquals(17, session().fCntUp(), "the session in use stays until then");
    assertEquals(DevAddr.parse("01020304"), s.devAddr());
    assertEquals(keys.fNwkSIntKey(), s.fNwkSIntKey());
    assertEquals(keys.appSKey(), s.appSKey());
    assertEquals(0, s.fCntUp());
    assertEquals(0, s.nFCntDown());
    assertEquals(0, s.aFCntDown());
    assertEquals(2, s.rx1DrOffset());
    assertEquals(3, s.txPowerIndex());
    assertEquals(2, s.nbTrans());
    assertEquals(5, s.dr());
    assertEquals(before.enabledUplinkChannels(), s.enabledUplinkChannels());
    assertEquals(0x01020305L, nextAddr.get(), "no address was allocated");
  }

  @Test
  void rejects_rjcount0_below_the_next_expected_and_accepts_it_from_there() {
    DeviceSession s = session();
    s.nextRjCount0(5);
    sessions.save(s);

    JoinOutcome replay = rejoin(type0(4));

    JoinOutcome.Rejected r = assertInstanceOf(JoinOutcome.Rejected.class, replay);
    assertEquals(JoinRejection.RJ_COUNT_NOT_INCREASING, r.reason());
    assertTrue(gateways.sent().isEmpty());
    assertEquals(DevAddr.parse("01020304"), session().devAddr());
    assertEquals("OTAA", newEvents(ErrorEvent.class).get(0).type());
    assertInstanceOf(JoinOutcome.Accepted.class, rejoin(type0(5)));
  }

  @Test
  void rejects_a_replayed_rjcount1_even_after_the_session_is_gone() {
    byte[] request = type1(5);
    assertInstanceOf(JoinOutcome.Accepted.class, rejoin(request));
    gateways.clear();

    JoinOutcome replay = rejoin(request);
    sessions.delete(DEV_EUI);
    JoinOutcome withoutSession = rejoin(request);

    assertEquals(JoinRejection.RJ_COUNT_NOT_INCREASING,
        assertInstanceOf(JoinOutcome.Rejected.class, replay).reason());
    assertEquals(JoinRejection.RJ_COUNT_NOT_INCREASING,
        assertInstanceOf(JoinOutcome.Rejected.class, withoutSession).reason());
    assertTrue(gateways.sent().isEmpty());
    assertInstanceOf(JoinOutcome.Accepted.class, rejoin(type1(6)));
  }

  @Test
  void carries_rjcount1_over_a_new_join_request() {
    rejoin(type1(9));
    JoinRequestFlow joins =
        new JoinRequestFlow(devices, devices, devNonces, sessions, queue, joinAccepts, events,
            settings, this::regionSettings, devAddrs, FrameLog.NONE, ReceptionRegions.ANY,
            clock);

    joins.handle(uplink(device.joinRequest(2)), device.joinRequestPayload(2));

    assertEquals(10, session().nextRjCount1());
    assertEquals(JoinRejection.RJ_COUNT_NOT_INCREASING,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(type1(9))).reason());
  }

  @Test
  void drops_the_rejoin_request_of_a_lorawan_10_device() {
    given(MacVersion.LORAWAN_1_0_4);

    JoinOutcome outcome = rejoin(type0(0));

    assertEquals(JoinRejection.REJOIN_NOT_SUPPORTED,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertEquals(1, drops.get(UplinkDrops.REJOIN_NOT_SUPPORTED));
    assertTrue(gateways.sent().isEmpty());
    assertTrue(newEvents().isEmpty());
  }

  @Test
  void counts_the_drop_when_called_as_the_routers_port() {
    given(MacVersion.LORAWAN_1_0_3);
    byte[] phy = type0(0);

    flow.handle(uplink(phy), PhyPayload.decode(phy));

    assertEquals(1, drops.get(UplinkDrops.REJOIN_NOT_SUPPORTED));
  }

  @Test
  void rejects_a_type_0_request_signed_with_another_key() {
    byte[] phy = GivenRejoinRequest.type02(0, NET_ID, DEV_EUI, 0, WRONG_KEY);

    JoinOutcome outcome = rejoin(phy);

    assertEquals(JoinRejection.INVALID_MIC,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertTrue(gateways.sent().isEmpty());
  }

  @Test
  void rejects_a_type_1_request_signed_with_the_session_key() {
    byte[] phy = GivenRejoinRequest.type1(JOIN_EUI, DEV_EUI, 0, WRONG_KEY);

    assertEquals(JoinRejection.INVALID_MIC,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(phy)).reason());
  }

  @Test
  void rejects_another_networks_net_id() {
    byte[] phy =
        GivenRejoinRequest.type02(0, new NetId(0x000013), DEV_EUI, 0, session().sNwkSIntKey());

    assertEquals(JoinRejection.NET_ID_MISMATCH,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(phy)).reason());
  }

  @Test
  void rejects_a_type_2_request_without_a_session() {
    byte[] phy = type2(0);
    sessions.delete(DEV_EUI);

    assertEquals(JoinRejection.NO_SESSION,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(phy)).reason());
  }

  @Test
  void rejects_a_type_1_request_with_another_join_eui() {
    byte[] phy =
        GivenRejoinRequest.type1(Eui64.parse("0000000000000001"), DEV_EUI, 0, NWK_KEY);

    assertEquals(JoinRejection.JOIN_EUI_MISMATCH,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(phy)).reason());
  }

  @Test
  void rejects_an_unknown_device_without_an_error_event() {
    byte[] phy = GivenRejoinRequest.type1(JOIN_EUI, Eui64.parse("0000000000000002"), 0, NWK_KEY);

    assertEquals(JoinRejection.UNKNOWN_DEVICE,
        assertInstanceOf(JoinOutcome.Rejected.class, rejoin(phy)).reason());
    assertTrue(newEvents().isEmpty());
  }
}
