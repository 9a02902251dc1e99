package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.CfList;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
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
import io.longwave.uplink.join.DevAddrAllocator;
import io.longwave.uplink.join.GivenOtaaDevice;
import io.longwave.uplink.join.JoinOutcome;
import io.longwave.uplink.join.JoinRejection;
import io.longwave.uplink.join.JoinRequestFlow;
import io.longwave.network.NetworkRegionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * OTAA joins through {@link JoinRequestFlow} with in-memory edges (LoRaWAN 1.0.4 §6.2, 1.1
 * §6.2; ChirpStack {@code test/otaa_test.rs}). Join-accepts are decrypted and MIC-checked with the
 * device's key, as a device does.
 */
class OtaaJoinScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0202030405060708");
  private static final Eui64 JOIN_EUI = Eui64.parse("0102030405060708");
  private static final Aes128Key APP_KEY = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  private static final Aes128Key NWK_KEY_11 = Aes128Key.parse("11112222333344445555666677778888");
  private static final Aes128Key APP_KEY_11 = Aes128Key.parse("88887777666655554444333322221111");
  private static final GatewayId GW_A = GatewayId.parse("0102030405060708");
  private static final GatewayId GW_B = GatewayId.parse("0102030405060709");
  private static final GatewayId GW_C = GatewayId.parse("010203040506070a");
  private static final byte[] TMST_A = Hex.decode("01020304", "tmst");
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:01Z");
  private static final List<Channel> EU_EXTRA =
      List.of(new Channel(867100000, 0, 5), new Channel(867300000, 0, 5),
          new Channel(867500000, 0, 5), new Channel(867700000, 0, 5),
          new Channel(867900000, 0, 5));

  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final InMemoryDevNonceRepository devNonces = new InMemoryDevNonceRepository();
  private final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  private final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  private final InMemoryJoinAcceptsSent joinAcceptsSent = new InMemoryJoinAcceptsSent();
  private final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  private final RecordingApplicationEvents events = new RecordingApplicationEvents();
  private final Map<RegionId, NetworkRegionSettings> regionSettings = new EnumMap<>(RegionId.class);
  private NetworkSettings settings = NetworkSettings.defaults();
  private final Map<GatewayId, RegionId> gatewayRegions = new HashMap<>();
  private final ReceptionRegions receptions =
      new ReceptionRegions(g -> Optional.ofNullable(gatewayRegions.get(g)), Duration.ZERO,
          Clock.fixed(NOW, ZoneOffset.UTC));

  /** nextInt() gives 0x01020304: DevAddr 01020304 under NetID 000000, downlink id 0x01020304. */
  private static final RandomGenerator FIXED = () -> 0x01020304L << 32;

  private JoinRequestFlow flow() {
    JoinAcceptFlow joinAccepts =
        new JoinAcceptFlow(gateways, new GatewaySelector(settings.gatewayMinMarginDb(), FIXED),
            joinAcceptsSent, settings, FIXED, FrameLog.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
    return new JoinRequestFlow(
        devices, devices, devNonces, sessions, queue, joinAccepts, events, settings,
        r -> regionSettings.getOrDefault(r, NetworkRegionSettings.defaults()),
        new DevAddrAllocator(settings.netId(), FIXED), FrameLog.NONE, receptions,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private GivenOtaaDevice given(RegionId region, MacVersion version, boolean disabled) {
    GivenOtaaDevice d =
        version.isLorawan11()
            ? GivenOtaaDevice.lorawan11(DEV_EUI, JOIN_EUI, NWK_KEY_11, APP_KEY_11)
            : GivenOtaaDevice.lorawan10(version, DEV_EUI, JOIN_EUI, APP_KEY);
    DeviceProfile profile = DeviceProfile.otaa(UUID.randomUUID(), region, version);
    devices.save(profile);
    devices.save(new Device(DEV_EUI, "device", 1, profile.id(), JOIN_EUI, d.keys(), false,
        disabled, 0));
    return d;
  }

  private static UplinkTxInfo eu868Dr0() {
    return new UplinkTxInfo(868100000, new LoraModulation(125000, 12, CodeRate.CR_4_5, false));
  }

  private static UplinkRxInfo rx(GatewayId id, double snr, byte[] tmst) {
    return UplinkRxInfo.builder(id).snr(snr).rssi(-80).board(1).antenna(0).context(tmst).build();
  }

  private JoinOutcome join(GivenOtaaDevice d, int devNonce, UplinkTxInfo tx, UplinkRxInfo... rx) {
    UplinkFrameSet set = d.uplink(d.joinRequest(devNonce), tx, List.of(rx));
    return flow().handle(set, d.joinRequestPayload(devNonce));
  }

  private JoinOutcome joinEu868(GivenOtaaDevice d, int devNonce) {
    return join(d, devNonce, eu868Dr0(), rx(GW_A, 5, TMST_A));
  }

  private static void assertLora(DownlinkFrameItem item, long hz, int dbm, int sf, int bw,
      Duration delay) {
    assertEquals(hz, item.txInfo().frequencyHz());
    assertEquals(dbm, item.txInfo().powerDbm());
    assertEquals(new LoraModulation(bw, sf, CodeRate.CR_4_5, true), item.txInfo().modulation());
    assertEquals(new DownlinkTiming.Delay(delay), item.txInfo().timing());
    assertArrayEquals(TMST_A, item.txInfo().context());
  }

  @Test
  void a_request_too_old_for_rx2_is_dropped_without_using_its_dev_nonce() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    byte[] phy = d.joinRequest(258);
    // received 5.95 s before NOW: RX2 opens 6 s after the request, and the gateway needs the
    // join-accept 100 ms before
    UplinkFrameSet late = new UplinkFrameSet(UUID.randomUUID(), phy, eu868Dr0(),
        List.of(rx(GW_A, 5, TMST_A)), NOW.minusMillis(5_950));

    JoinOutcome outcome = flow().handle(late, d.joinRequestPayload(258));

    JoinOutcome.Rejected rejected = assertInstanceOf(JoinOutcome.Rejected.class, outcome);
    assertEquals(JoinRejection.TOO_LATE, rejected.reason());
    assertTrue(gateways.sent().isEmpty());
    assertTrue(events.all().isEmpty(), "only counted, no error event");
    assertTrue(sessions.find(DEV_EUI).isEmpty());

    // the same nonce, in time, is still accepted
    UplinkFrameSet inTime = new UplinkFrameSet(UUID.randomUUID(), phy, eu868Dr0(),
        List.of(rx(GW_A, 5, TMST_A)), NOW.minusMillis(5_850));
    assertInstanceOf(JoinOutcome.Accepted.class, flow().handle(inTime, d.joinRequestPayload(258)));
  }

  @Test
  void accepts_lorawan103_join_in_eu868_with_rx1_at_5s_and_rx2_at_6s() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);

    JoinOutcome outcome = joinEu868(d, 258);

    JoinOutcome.Accepted accepted = assertInstanceOf(JoinOutcome.Accepted.class, outcome);
    List<DownlinkFrame> sent = gateways.sent();
    assertEquals(1, sent.size());
    DownlinkFrame frame = sent.get(0);
    assertEquals(GW_A, frame.gatewayId());
    assertEquals(0x01020304L, frame.downlinkId());
    assertEquals(2, frame.items().size());
    assertLora(frame.items().get(0), 868100000, 14, 12, 125000, Duration.ofSeconds(5));
    assertLora(frame.items().get(1), 869525000, 27, 12, 125000, Duration.ofSeconds(6));
    assertArrayEquals(frame.items().get(0).phyPayload(), frame.items().get(1).phyPayload());

    byte[] plain = d.decryptJoinAccept(frame.items().get(0).phyPayload(), 258);
    // MHDR 20 | JoinNonce 000001 | NetID 000000 | DevAddr 01020304 | DLSettings 00 | RxDelay 01
    assertEquals("20" + "010000" + "000000" + "04030201" + "00" + "01",
        Hex.encode(plain).substring(0, 26));
    JoinAcceptPayload accept = GivenOtaaDevice.payloadOf(plain);
    assertEquals(DevAddr.parse("01020304"), accept.devAddr());
    assertTrue(accept.devAddr().isNetId(new NetId(0)));
    assertTrue(accept.cfList().isEmpty());

    SessionKeys deviceKeys = d.sessionKeys(accept, 258);
    DeviceSession s = sessions.find(DEV_EUI).orElseThrow();
    assertEquals(deviceKeys.fNwkSIntKey(), s.fNwkSIntKey());
    assertEquals(deviceKeys.appSKey(), s.appSKey());
    assertEquals(DevAddr.parse("01020304"), s.devAddr());
    assertEquals(0, s.dr());
    assertEquals(accepted.session().devAddr(), s.devAddr());

    assertEquals(1, devices.find(DEV_EUI).orElseThrow().joinNonce());
    assertEquals(DEV_EUI, joinAcceptsSent.take(0x01020304L).orElseThrow().devEui());
    JoinEvent joined = events.of(JoinEvent.class).get(0);
    assertEquals(DevAddr.parse("01020304"), joined.devAddr());
    assertEquals(NOW, joined.joinedAt());
    assertTrue(events.of(ErrorEvent.class).isEmpty());
  }

  @Test
  void answers_through_a_gateway_of_the_profiles_region_only() {
    gatewayRegions.put(GW_A, RegionId.US915);
    gatewayRegions.put(GW_B, RegionId.EU868);
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);

    join(d, 258, eu868Dr0(), rx(GW_A, 9, TMST_A), rx(GW_B, 1, TMST_A), rx(GW_C, 0, TMST_A));

    assertEquals(GW_B, gateways.sent().get(0).gatewayId(),
        "the US915 gateway heard the request best but serves another region");
  }

  @Test
  void rejects_a_join_heard_only_by_gateways_of_another_region() {
    gatewayRegions.put(GW_A, RegionId.US915);
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);

    JoinOutcome outcome = joinEu868(d, 258);

    assertEquals(JoinRejection.REGION_MISMATCH,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertTrue(gateways.sent().isEmpty());
  }

  @Test
  void sends_eu868_extra_channels_in_the_cflist() {
    regionSettings.put(RegionId.EU868, NetworkRegionSettings.defaults()
        .withExtraUplinkChannels(EU_EXTRA));
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);

    joinEu868(d, 258);

    byte[] phy = gateways.sent().get(0).items().get(0).phyPayload();
    assertEquals(33, phy.length);
    byte[] plain = d.decryptJoinAccept(phy, 258);
    assertEquals("184f84" + "e85684" + "b85e84" + "886684" + "586e84" + "00",
        Hex.encode(plain).substring(26, 58));
    CfList.Channels cf =
        assertInstanceOf(CfList.Channels.class, GivenOtaaDevice.payloadOf(plain).cfList().get());
    assertArrayEquals(new int[] {867100000, 867300000, 867500000, 867700000, 867900000},
        cf.frequenciesHz());
    BitSet enabled = new BitSet();
    enabled.set(0, 8);
    assertEquals(enabled, sessions.find(DEV_EUI).orElseThrow().enabledUplinkChannels());
    assertEquals(EU_EXTRA, sessions.find(DEV_EUI).orElseThrow().extraUplinkChannels());
  }

  @Test
  void sends_us915_channel_mask_cflist_and_answers_on_the_500khz_downlink_channels() {
    BitSet enabled = new BitSet();
    enabled.set(0, 8);
    enabled.set(64);
    regionSettings.put(RegionId.US915, NetworkRegionSettings.defaults()
        .withEnabledUplinkChannels(enabled));
    GivenOtaaDevice d = given(RegionId.US915, MacVersion.LORAWAN_1_0_3, false);
    UplinkTxInfo tx =
        new UplinkTxInfo(902300000, new LoraModulation(125000, 10, CodeRate.CR_4_5, false));

    join(d, 7, tx, rx(GW_A, 5, TMST_A));

    DownlinkFrame frame = gateways.sent().get(0);
    assertLora(frame.items().get(0), 923300000, 20, 10, 500000, Duration.ofSeconds(5));
    assertLora(frame.items().get(1), 923300000, 20, 12, 500000, Duration.ofSeconds(6));
    byte[] plain = d.decryptJoinAccept(frame.items().get(0).phyPayload(), 7);
    // DLSettings: RX1DRoffset 0, RX2 DR8; CFList ChMask0 00ff, ChMask4 0001, type 1
    assertEquals("08", Hex.encode(plain).substring(22, 24));
    assertEquals("ff00" + "0000" + "0000" + "0000" + "0100" + "0000" + "0000" + "00" + "01",
        Hex.encode(plain).substring(26, 58));
    DeviceSession s = sessions.find(DEV_EUI).orElseThrow();
    assertEquals(enabled, s.enabledUplinkChannels());
    assertEquals(8, s.rx2Dr());
    assertEquals(923300000, s.rx2FrequencyHz());
  }

  @Test
  void accepts_lorawan11_join_with_opt_neg_and_js_int_key_mic() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_1_0, false);

    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 10));

    byte[] plain = d.decryptJoinAccept(gateways.sent().get(0).items().get(0).phyPayload(), 10);
    JoinAcceptPayload accept = GivenOtaaDevice.payloadOf(plain);
    assertTrue(accept.dlSettings().optNeg());
    assertEquals("80", Hex.encode(plain).substring(22, 24));
    SessionKeys deviceKeys = d.sessionKeys(accept, 10);
    DeviceSession s = sessions.find(DEV_EUI).orElseThrow();
    assertEquals(deviceKeys.fNwkSIntKey(), s.fNwkSIntKey());
    assertEquals(deviceKeys.sNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(deviceKeys.nwkSEncKey(), s.nwkSEncKey());
    assertEquals(deviceKeys.appSKey(), s.appSKey());
    assertNotEquals(s.fNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(MacVersion.LORAWAN_1_1_0, s.macVersion());
  }

  @Test
  void rejects_a_reused_dev_nonce_of_a_lorawan103_device() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 258));
    gateways.clear();

    JoinOutcome again = joinEu868(d, 258);

    assertEquals(JoinRejection.DEV_NONCE_REUSED,
        assertInstanceOf(JoinOutcome.Rejected.class, again).reason());
    assertTrue(gateways.sent().isEmpty());
    ErrorEvent error = events.of(ErrorEvent.class).get(0);
    assertEquals("OTAA", error.type());
    assertEquals(DEV_EUI, error.devEui());
    // an older nonce that was never used is fine for 1.0.x
    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 100));
  }

  @Test
  void rejects_a_non_increasing_dev_nonce_of_a_lorawan11_device() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_1_0, false);
    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 5));
    gateways.clear();

    assertEquals(JoinRejection.DEV_NONCE_NOT_INCREASING,
        ((JoinOutcome.Rejected) joinEu868(d, 3)).reason());
    assertEquals(JoinRejection.DEV_NONCE_NOT_INCREASING,
        ((JoinOutcome.Rejected) joinEu868(d, 5)).reason());
    assertTrue(gateways.sent().isEmpty());
    assertEquals(2, events.of(ErrorEvent.class).size());
    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 6));
  }

  @Test
  void rejects_a_wrong_mic_without_using_the_dev_nonce() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    byte[] forged = d.joinRequest(258, Aes128Key.parse("ffffffffffffffffffffffffffffffff"));
    UplinkFrameSet set = d.uplink(forged, eu868Dr0(), List.of(rx(GW_A, 5, TMST_A)));

    JoinOutcome outcome = flow().handle(set, d.joinRequestPayload(258));

    assertEquals(JoinRejection.INVALID_MIC,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertTrue(gateways.sent().isEmpty());
    assertTrue(sessions.find(DEV_EUI).isEmpty());
    assertEquals("OTAA", events.of(ErrorEvent.class).get(0).type());
    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 258));
  }

  @Test
  void drops_a_join_of_an_unknown_device_without_an_event() {
    GivenOtaaDevice d = GivenOtaaDevice.lorawan10(
        MacVersion.LORAWAN_1_0_3, DEV_EUI, JOIN_EUI, APP_KEY);

    JoinOutcome outcome = joinEu868(d, 1);

    assertEquals(JoinRejection.UNKNOWN_DEVICE,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertTrue(gateways.sent().isEmpty());
    assertTrue(events.all().isEmpty());
  }

  @Test
  void drops_a_join_of_a_disabled_device() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, true);

    JoinOutcome outcome = joinEu868(d, 1);

    assertEquals(JoinRejection.DEVICE_DISABLED,
        assertInstanceOf(JoinOutcome.Rejected.class, outcome).reason());
    assertTrue(gateways.sent().isEmpty());
    assertTrue(sessions.find(DEV_EUI).isEmpty());
    assertTrue(events.of(JoinEvent.class).isEmpty());
  }

  @Test
  void rejects_a_join_eui_that_is_not_the_devices() {
    given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    GivenOtaaDevice other = GivenOtaaDevice.lorawan10(
        MacVersion.LORAWAN_1_0_3, DEV_EUI, Eui64.parse("ffffffffffffffff"), APP_KEY);

    assertEquals(JoinRejection.JOIN_EUI_MISMATCH,
        ((JoinOutcome.Rejected) joinEu868(other, 1)).reason());
    assertTrue(gateways.sent().isEmpty());
  }

  @Test
  void flushes_the_device_queue_on_join() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 10, new byte[] {1}, false,
        false, -1, null, NOW));

    joinEu868(d, 1);

    assertTrue(queue.list(DEV_EUI).isEmpty());
  }

  @Test
  void keeps_the_device_queue_when_the_network_does_not_flush_on_join() {
    settings = new NetworkSettings(new NetId(0), Duration.ofMillis(100),
        NetworkSettings.RxWindow.RX1_AND_RX2, 10, 10, -1, 3, false);
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 10, new byte[] {1}, false,
        false, -1, null, NOW));

    joinEu868(d, 1);

    assertEquals(1, queue.list(DEV_EUI).size());
  }

  @Test
  void answers_through_the_gateway_with_margin_among_three() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    UplinkTxInfo sf7 =
        new UplinkTxInfo(868300000, new LoraModulation(125000, 7, CodeRate.CR_4_5, false));
    byte[] tmstB = Hex.decode("0a0b0c0d", "tmst");
    byte[] tmstC = Hex.decode("0e0f1011", "tmst");
    // SF7 needs -7.5 dB: only A has the 10 dB margin
    join(d, 1, sf7, rx(GW_A, 5, TMST_A), rx(GW_B, 1, tmstB), rx(GW_C, -4, tmstC));

    DownlinkFrame frame = gateways.sent().get(0);
    assertEquals(GW_A, frame.gatewayId());
    assertLora(frame.items().get(0), 868300000, 14, 7, 125000, Duration.ofSeconds(5));
    assertEquals(GW_A, joinAcceptsSent.take(frame.downlinkId()).orElseThrow().gatewayId());
  }

  @Test
  void increases_the_join_nonce_with_every_join() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);

    joinEu868(d, 1);
    joinEu868(d, 2);

    List<DownlinkFrame> sent = gateways.sent();
    int first = GivenOtaaDevice.payloadOf(
        d.decryptJoinAccept(sent.get(0).items().get(0).phyPayload(), 1)).joinNonce().value();
    int second = GivenOtaaDevice.payloadOf(
        d.decryptJoinAccept(sent.get(1).items().get(0).phyPayload(), 2)).joinNonce().value();
    assertEquals(1, first);
    assertEquals(2, second);
    assertEquals(2, devices.find(DEV_EUI).orElseThrow().joinNonce());
  }

  @Test
  void replaces_the_previous_session_of_the_device() {
    GivenOtaaDevice d = given(RegionId.EU868, MacVersion.LORAWAN_1_0_3, false);
    joinEu868(d, 1);
    DeviceSession old = sessions.find(DEV_EUI).orElseThrow();
    old.fCntUp(77);
    sessions.save(old);

    assertInstanceOf(JoinOutcome.Accepted.class, joinEu868(d, 2));

    DeviceSession s = sessions.find(DEV_EUI).orElseThrow();
    assertEquals(0, s.fCntUp());
    assertNotEquals(old.appSKey(), s.appSKey());
  }
}
