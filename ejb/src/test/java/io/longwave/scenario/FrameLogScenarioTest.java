package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.data.ClassADownlinkFlow;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.framelog.DeviceActivity;
import io.longwave.framelog.DeviceState;
import io.longwave.framelog.DeviceStateQuery;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.network.NetworkSettings;
import io.longwave.scenario.downlink.OpenedDownlink;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.InMemoryJoinAcceptsSent;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.testing.RecordingMacCommandHandling;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.AesKeyContextCache;
import io.longwave.uplink.data.DataUplinkFlow;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import io.longwave.uplink.join.DevAddrAllocator;
import io.longwave.uplink.join.GivenOtaaDevice;
import io.longwave.uplink.join.JoinOutcome;
import io.longwave.uplink.join.JoinRequestFlow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The frame log and device state fed by the flows (ChirpStack's device and gateway frame logs):
 * an OTAA join, a confirmed uplink, its Class A answer and the TX acknowledgements, each logged
 * once per device and gateway, newest first, with the bytes sent on air.
 */
class FrameLogScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0202030405060708");
  private static final Eui64 JOIN_EUI = Eui64.parse("0102030405060708");
  private static final Aes128Key APP_KEY = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  private static final GatewayId GW = GivenDataUplink.GATEWAY;
  private static final byte[] TMST = GivenDataUplink.CONTEXT;
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:01Z");
  /** nextInt() gives 0x01020304: DevAddr 01020304 and join-accept downlink id 0x01020304. */
  private static final RandomGenerator FIXED = () -> 0x01020304L << 32;

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final NetworkSettings settings = NetworkSettings.defaults();
  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  private final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  private final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  private final RecordingApplicationEvents events = new RecordingApplicationEvents();
  private final InMemoryDownlinkContextRepository contexts =
      new InMemoryDownlinkContextRepository();
  private final InMemoryFrameLog frames = new InMemoryFrameLog();
  private final DeviceActivity activity = new DeviceActivity(devices);

  private final JoinRequestFlow joins =
      new JoinRequestFlow(devices, devices, new InMemoryDevNonceRepository(), sessions, queue,
          new JoinAcceptFlow(gateways, new GatewaySelector(settings.gatewayMinMarginDb(), FIXED),
              new InMemoryJoinAcceptsSent(), settings, FIXED, frames, clock),
          events, settings, r -> NetworkRegionSettings.defaults(),
          new DevAddrAllocator(settings.netId(), FIXED), frames, ReceptionRegions.ANY, clock);
  private final ClassADownlinkFlow classA =
      new ClassADownlinkFlow(settings, queue, gateways, contexts, events, () -> 0x0a0b0c0dL,
          frames, clock);
  private final DataUplinkFlow data =
      new DataUplinkFlow(sessions, devices, devices, queue, new RecordingMacCommandHandling(),
          events, classA, (delay, task) -> task.run(), settings, new UplinkDrops(),
          new AesKeyContextCache(16), frames, activity, ReceptionRegions.ANY, clock);
  private final TxAckFlow txAcks =
      new TxAckFlow(contexts, sessions, queue, devices, devices, events, frames, clock);

  private GivenOtaaDevice device() {
    GivenOtaaDevice d =
        GivenOtaaDevice.lorawan10(MacVersion.LORAWAN_1_0_3, DEV_EUI, JOIN_EUI, APP_KEY);
    DeviceProfile profile =
        DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, MacVersion.LORAWAN_1_0_3);
    devices.save(profile);
    devices.save(new Device(DEV_EUI, "device", 1, profile.id(), JOIN_EUI, d.keys(), false, false,
        0));
    return d;
  }

  private static UplinkTxInfo eu868Dr0() {
    return new UplinkTxInfo(868_100_000, new LoraModulation(125_000, 12, CodeRate.CR_4_5, false));
  }

  private static UplinkRxInfo rx(GatewayId gw) {
    return UplinkRxInfo.builder(gw).rssi(-80).snr(5).context(TMST).build();
  }

  private static DownlinkTxAck ack(DownlinkFrame frame, TxAckStatus... statuses) {
    List<DownlinkTxAckItem> items = new ArrayList<>();
    for (TxAckStatus s : statuses) {
      items.add(DownlinkTxAckItem.of(s));
    }
    return new DownlinkTxAck(frame.gatewayId(), frame.downlinkId(), items);
  }

  /** Joins with DevNonce 258; the join-accept is acknowledged as the network server does. */
  private SessionKeys join(GivenOtaaDevice d) {
    UplinkFrameSet set = d.uplink(d.joinRequest(258), eu868Dr0(), List.of(rx(GW)));
    assertInstanceOf(JoinOutcome.Accepted.class, joins.handle(set, d.joinRequestPayload(258)));
    DownlinkFrame joinAccept = gateways.sent().get(0);
    frames.txAck(ack(joinAccept, TxAckStatus.OK, TxAckStatus.IGNORED));
    JoinAcceptPayload accept =
        GivenOtaaDevice.payloadOf(d.decryptJoinAccept(joinAccept.items().get(0).phyPayload(), 258));
    return d.sessionKeys(accept, 258);
  }

  @Test
  void join_uplink_answer_and_tx_acks_are_logged_for_the_device_and_the_gateway() {
    GivenOtaaDevice d = device();
    SessionKeys keys = join(d);
    DevAddr devAddr = DevAddr.parse("01020304");
    UplinkFrameSet uplink = GivenDataUplink.lorawan10(devAddr, keys).confirmed().fCnt(0)
        .frmPayload(10, Hex.decode("cafe", "payload")).frameSet();
    data.handle(uplink, PhyPayload.decode(uplink.phyPayload()));
    DownlinkFrame answer = gateways.sent().get(1);
    txAcks.handle(ack(answer, TxAckStatus.TOO_LATE, TxAckStatus.OK));

    List<LoggedFrame> log = frames.deviceFrames(DEV_EUI, 10);
    assertEquals(List.of(MType.UNCONFIRMED_DATA_DOWN, MType.CONFIRMED_DATA_UP, MType.JOIN_ACCEPT,
        MType.JOIN_REQUEST), log.stream().map(LoggedFrame::mType).toList());
    assertEquals(log, frames.gatewayFrames(GW, 10), "the gateway saw the same four frames");

    LoggedDownlink down = assertInstanceOf(LoggedDownlink.class, log.get(0));
    assertEquals(answer.downlinkId(), down.downlinkId());
    assertEquals(0x0a0b0c0dL, down.downlinkId());
    assertEquals(TxAckStatus.OK, down.txAckStatus());
    assertEquals(1, down.sentItem(), "RX1 was too late, RX2 went on air");
    DownlinkFrameItem rx2 = answer.items().get(1);
    assertArrayEquals(rx2.phyPayload(), down.phyPayload());
    assertEquals(869_525_000L, down.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125_000, 12, CodeRate.CR_4_5, true),
        down.txInfo().modulation());
    assertEquals(new DownlinkTiming.Delay(Duration.ofSeconds(2)), down.txInfo().timing());
    assertArrayEquals(TMST, down.txInfo().context());
    DeviceSession s = sessions.find(DEV_EUI).orElseThrow();
    OpenedDownlink opened = OpenedDownlink.open(rx2, s, 0, 0);
    assertTrue(opened.micValid());
    assertEquals(0, opened.fCnt());
    FCtrl.Downlink fCtrl = opened.fCtrl();
    assertTrue(fCtrl.ack(), "the answer acknowledges the confirmed uplink");
    assertEquals(devAddr, opened.phy().macPayload().fhdr().devAddr());

    LoggedUplink up = assertInstanceOf(LoggedUplink.class, log.get(1));
    assertEquals(uplink.deduplicationId(), up.deduplicationId());
    assertEquals(devAddr, up.devAddr());
    assertArrayEquals(uplink.phyPayload(), up.phyPayload());
    assertEquals(0, PhyPayload.decode(up.phyPayload()).macPayload().fhdr().fCnt());
    assertEquals(10, PhyPayload.decode(up.phyPayload()).macPayload().fPort());
    assertEquals(uplink.rxInfo(), up.rxInfo());

    LoggedDownlink joinAccept = assertInstanceOf(LoggedDownlink.class, log.get(2));
    assertEquals(0x01020304L, joinAccept.downlinkId());
    assertEquals(TxAckStatus.OK, joinAccept.txAckStatus());
    assertEquals(0, joinAccept.sentItem());
    assertEquals(868_100_000L, joinAccept.txInfo().frequencyHz());
    assertEquals(new DownlinkTiming.Delay(Duration.ofSeconds(5)), joinAccept.txInfo().timing());

    LoggedUplink joinRequest = assertInstanceOf(LoggedUplink.class, log.get(3));
    assertEquals(DEV_EUI, joinRequest.devEui());
    assertNull(joinRequest.devAddr());
    JoinRequestPayload request =
        (JoinRequestPayload) PhyPayload.decode(joinRequest.phyPayload()).payload();
    assertEquals(JOIN_EUI, request.joinEui());
  }

  @Test
  void the_device_state_shows_the_last_uplink_and_the_session() {
    GivenOtaaDevice d = device();
    SessionKeys keys = join(d);
    DevAddr devAddr = DevAddr.parse("01020304");
    UplinkFrameSet uplink = GivenDataUplink.lorawan10(devAddr, keys).confirmed().fCnt(0)
        .heardBy(GW, -57, 9.5, TMST).frameSet();
    data.handle(uplink, PhyPayload.decode(uplink.phyPayload()));
    txAcks.handle(ack(gateways.sent().get(1), TxAckStatus.OK));

    DeviceState state =
        new DeviceStateQuery(devices, sessions, activity).state(DEV_EUI).orElseThrow();

    assertEquals(new DeviceState(DEV_EUI, uplink.receivedAt(), 5, -57, 9.5, null, null, devAddr,
        1L, 1L, DeviceClass.A), state);
    // the column is written behind the uplinks, by the network server's next flush
    activity.flush();
    assertEquals(uplink.receivedAt(), devices.lastSeenAt(DEV_EUI).orElseThrow());
  }

  @Test
  void a_join_request_of_an_unknown_device_is_logged_for_the_gateway_only() {
    GivenOtaaDevice d =
        GivenOtaaDevice.lorawan10(MacVersion.LORAWAN_1_0_3, DEV_EUI, JOIN_EUI, APP_KEY);
    UplinkFrameSet set = d.uplink(d.joinRequest(258), eu868Dr0(), List.of(rx(GW)));

    joins.handle(set, d.joinRequestPayload(258));

    assertEquals(List.of(), frames.deviceFrames(DEV_EUI, 10));
    LoggedUplink logged =
        assertInstanceOf(LoggedUplink.class, frames.gatewayFrames(GW, 10).get(0));
    assertNull(logged.devEui());
    assertEquals(MType.JOIN_REQUEST, logged.mType());
    assertEquals(set.deduplicationId(), logged.deduplicationId());
  }

  @Test
  void an_uplink_with_a_wrong_mic_is_not_logged() {
    GivenOtaaDevice d = device();
    join(d);
    SessionKeys wrong = d.sessionKeys(
        GivenOtaaDevice.payloadOf(
            d.decryptJoinAccept(gateways.sent().get(0).items().get(0).phyPayload(), 258)), 259);
    UplinkFrameSet uplink =
        GivenDataUplink.lorawan10(DevAddr.parse("01020304"), wrong).fCnt(0).frameSet();

    data.handle(uplink, PhyPayload.decode(uplink.phyPayload()));

    assertEquals(2, frames.deviceFrames(DEV_EUI, 10).size(), "the join only");
    assertTrue(activity.last(DEV_EUI).isEmpty());
  }

  @Test
  void a_subscriber_sees_the_uplink_the_answer_and_its_acknowledgement() throws Exception {
    GivenOtaaDevice d = device();
    SessionKeys keys = join(d);
    List<LoggedFrame> seen = new ArrayList<>();
    try (AutoCloseable sub = frames.subscribe(DEV_EUI, seen::add)) {
      UplinkFrameSet uplink =
          GivenDataUplink.lorawan10(DevAddr.parse("01020304"), keys).confirmed().fCnt(0)
              .frameSet();
      data.handle(uplink, PhyPayload.decode(uplink.phyPayload()));
      txAcks.handle(ack(gateways.sent().get(1), TxAckStatus.OK));
    }
    assertEquals(3, seen.size());
    assertEquals(MType.CONFIRMED_DATA_UP, seen.get(0).mType());
    assertNull(((LoggedDownlink) seen.get(1)).txAckStatus());
    assertEquals(TxAckStatus.OK, ((LoggedDownlink) seen.get(2)).txAckStatus());
  }
}
