package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_ADDR;
import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static io.longwave.scenario.downlink.DownlinkGiven.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.data.ClassCDownlinkFlow;
import io.longwave.downlink.scheduler.DeviceQueueScheduler;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.network.NetworkSettings;
import io.longwave.scenario.classc.ClassCGiven;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.GivenDataUplink;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Class C downlinks (LoRaWAN 1.0.4 §13; ChirpStack {@code downlink/scheduler.rs} and the
 * scheduled path of {@code downlink/data.rs}): queue items go out at once on RX2 through the
 * gateway that last heard the device, outside the locks, and confirmed ones time out.
 */
class ClassCDownlinkScenarioTest {

  private static final byte[] DATA = {0x01, 0x02, 0x03, 0x04};
  private static final long RX2_FREQUENCY_HZ = 869_525_000L;

  /** The EU868 RX2 transmission at DR0 (SF12 BW125) in the 869.4–869.65 MHz sub-band: 27 dBm. */
  private static final DownlinkTxInfo RX2_NOW =
      new DownlinkTxInfo(RX2_FREQUENCY_HZ, 27,
          new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), 1, 2,
          new DownlinkTiming.Immediately(), new byte[0]);

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of("LoRaWAN 1.0.3: FCntDown 5, NwkSKey MIC", MacVersion.LORAWAN_1_0_3, 5L),
        Arguments.of("LoRaWAN 1.1: AFCntDown 3 for FPort > 0, SNwkSIntKey MIC",
            MacVersion.LORAWAN_1_1_0, 3L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void sends_an_enqueued_unconfirmed_item_at_once_on_rx2_through_the_last_gateway(
      String description, MacVersion version, long fCnt) {
    ClassCGiven given = new ClassCGiven(version);
    DeviceQueueItem item = given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    DownlinkFrame frame = given.sent().get(0);
    assertEquals(GATEWAY_A, frame.gatewayId());
    assertEquals(1, frame.items().size(), "one immediate item, no fallback");
    DownlinkFrameItem sent = frame.items().get(0);
    assertTxInfo(RX2_NOW, sent.txInfo());
    DeviceSession s = given.world.session();
    assertArrayEquals(expectedFrame(s, MType.UNCONFIRMED_DATA_DOWN, fCnt, false, 10, DATA),
        sent.phyPayload());
    OpenedDownlink d = OpenedDownlink.open(sent, s, fCnt, 0);
    assertTrue(d.micValid());
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, d.mType());
    assertEquals(fCnt, d.fCnt());
    assertEquals(10, d.fPort());
    assertArrayEquals(DATA, d.frmPayload());
    assertFalse(d.fCtrl().ack());
    assertFalse(d.fCtrl().fPending());

    given.txAck(frame);
    assertEquals(List.of(), given.world.queue.list(DEV_EUI), "an unconfirmed item is done");
    DeviceSession after = given.world.session();
    assertEquals(fCnt + 1, version.isLorawan11() ? after.aFCntDown() : after.nFCntDown());
    assertEquals(List.of(new TxAckEvent(DEV_EUI, item.id(), fCnt, GATEWAY_A)),
        given.world.events.of(TxAckEvent.class));
  }

  @Test
  void sends_the_next_item_only_after_the_class_c_lock_of_the_last_one() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.enqueue(10, DATA, false);
    given.world.enqueue(11, new byte[] {0x55}, false);

    given.run(NOW);
    DownlinkFrame first = given.sent().get(0);
    assertTrue(OpenedDownlink.open(first.items().get(0), given.world.session(), 5, 0)
        .fCtrl().fPending(), "another item waits");
    given.txAck(first);

    assertEquals(0, given.run(NOW.plusSeconds(1)), "locked for 5 s after a send");
    assertEquals(0, given.run(NOW.plusMillis(4_999)));
    assertEquals(1, given.run(NOW.plusSeconds(5)));

    OpenedDownlink second =
        OpenedDownlink.open(given.sent().get(1).items().get(0), given.world.session(), 6, 0);
    assertTrue(second.micValid());
    assertEquals(6, second.fCnt());
    assertEquals(11, second.fPort());
    assertArrayEquals(new byte[] {0x55}, second.frmPayload());
    assertFalse(second.fCtrl().fPending());
  }

  @Test
  void marks_a_confirmed_item_pending_and_times_it_out_with_a_negative_ack() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem confirmed = given.world.enqueue(10, DATA, true);
    DeviceQueueItem next = given.world.enqueue(12, new byte[] {0x07}, false);

    given.run(NOW);
    DownlinkFrame frame = given.sent().get(0);
    OpenedDownlink d = OpenedDownlink.open(frame.items().get(0), given.world.session(), 5, 0);
    assertEquals(MType.CONFIRMED_DATA_DOWN, d.mType());
    assertTrue(d.micValid());
    given.txAck(frame);

    DeviceQueueItem pending = given.world.queue.list(DEV_EUI).get(0);
    assertTrue(pending.pending());
    assertEquals(5, pending.fCntDown());
    int timeout = given.world.profile().classCTimeoutSeconds();
    assertEquals(NOW.plusSeconds(timeout), pending.timeoutAfter());

    assertEquals(0, given.run(NOW.plusSeconds(timeout)), "waits for the ACK until the timeout");
    assertEquals(List.of(), given.world.events.of(AckEvent.class));
    assertEquals(1, given.sent().size());

    assertEquals(1, given.run(NOW.plusSeconds(timeout + 1)));
    assertEquals(List.of(new AckEvent(DEV_EUI, confirmed.id(), false, 5)),
        given.world.events.of(AckEvent.class));
    assertEquals(List.of(next.id()),
        given.world.queue.list(DEV_EUI).stream().map(DeviceQueueItem::id).toList(),
        "the timed-out item is deleted");
    OpenedDownlink after =
        OpenedDownlink.open(given.sent().get(1).items().get(0), given.world.session(), 6, 0);
    assertEquals(12, after.fPort());
    assertEquals(6, after.fCnt());
  }

  @Test
  void sends_nothing_to_a_class_a_device() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.deviceClass(DeviceClass.A));
    DeviceQueueItem item = given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));

    assertEquals(List.of(), given.sent());
    assertEquals(List.of(item), given.world.queue.list(DEV_EUI));
  }

  @Test
  void sends_nothing_to_a_device_no_gateway_has_heard() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.lastUplinkGateway(null));
    DeviceQueueItem item = given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));

    assertEquals(List.of(), given.sent());
    assertEquals(List.of(item), given.world.queue.list(DEV_EUI));
    assertEquals(0, given.world.contexts.size());
  }

  @Test
  void skips_a_device_within_the_rx2_delay_plus_two_seconds_of_its_last_uplink() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.rx1Delay(1).lastUplinkGateway(
        new LastUplinkGateway(GATEWAY_A, 1, 2, NOW, 7.5)));
    given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW.plusSeconds(1)));
    assertEquals(0, given.run(NOW.plusMillis(3_999)), "RX2 delay 2 s + 2 s");
    assertEquals(1, given.run(NOW.plusSeconds(4)));
  }

  @Test
  void records_the_best_reception_of_a_data_uplink_and_locks_the_device_after_it() {
    DataUplinkFixture uplinks = new DataUplinkFixture();
    SessionKeys keys = new Lorawan10SessionKeys(DownlinkGiven.NWK_S_KEY, DownlinkGiven.APP_S_KEY);
    uplinks.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, keys, 10, false,
        s -> s.deviceClass(DeviceClass.C).rx1Delay(1).rx2Dr(0));
    GatewayId best = GatewayId.parse("00800000a0001234");
    GivenDataUplink uplink = GivenDataUplink.lorawan10(DEV_ADDR, keys).fCnt(10);
    UplinkFrameSet set = new UplinkFrameSet(UUID.randomUUID(), uplink.phyPayload(),
        DownlinkGiven.txInfo(7),
        List.of(UplinkRxInfo.builder(best).snr(9.5).rssi(-50).board(3).antenna(1)
                .context(DownlinkGiven.CONTEXT_A).build(),
            DownlinkGiven.reception(GATEWAY_A, -4, DownlinkGiven.CONTEXT_B)),
        DataUplinkFixture.NOW);
    assertTrue(uplinks.send(set).accepted());
    assertEquals(new LastUplinkGateway(best, 3, 1, DataUplinkFixture.NOW, 9.5),
        uplinks.session(DEV_EUI).lastUplinkGateway());

    uplinks.queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 10, DATA, false,
        false, -1, null, DataUplinkFixture.NOW));
    RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
    DeviceQueueScheduler scheduler = new DeviceQueueScheduler(DeviceClass.C, uplinks.queue, uplinks.sessions,
        uplinks.devices, uplinks.events,
        new ClassCDownlinkFlow(NetworkSettings.defaults(), uplinks.queue, gateways,
            new InMemoryDownlinkContextRepository(), uplinks.events, new Random(3),
            uplinks.frames),
        DeviceQueueScheduler.DEFAULT_LOCK);
    Instant heard = DataUplinkFixture.NOW;

    assertEquals(0, scheduler.runOnce(heard.plusSeconds(3), 10), "the Class A windows may be used");
    assertEquals(1, scheduler.runOnce(heard.plusSeconds(4), 10));
    DownlinkFrame frame = gateways.sent().get(0);
    assertEquals(best, frame.gatewayId(), "the gateway that heard the uplink best");
    assertEquals(3, frame.items().get(0).txInfo().board());
    assertEquals(1, frame.items().get(0).txInfo().antenna());
    assertEquals(new DownlinkTiming.Immediately(), frame.items().get(0).txInfo().timing());
  }

  @Test
  void reports_an_offline_gateway_and_does_not_retry_before_the_lock_passes() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.offline(GATEWAY_A);
    DeviceQueueItem item = given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));
    assertEquals(0, given.run(NOW.plusSeconds(1)));

    List<ErrorEvent> errors = given.world.events.of(ErrorEvent.class);
    assertEquals(1, errors.size());
    assertEquals("DOWNLINK_GATEWAY", errors.get(0).type());
    assertEquals(List.of(item), given.world.queue.list(DEV_EUI), "the item stays queued");
    assertEquals(0, given.world.contexts.size(), "no context waits for an ack");
  }

  @Test
  void discards_an_item_too_large_for_rx2_and_sends_the_next() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.enqueue(10, new byte[52], false);
    given.world.enqueue(11, DATA, false);

    assertEquals(1, given.run(NOW));

    List<ErrorEvent> errors = given.world.events.of(ErrorEvent.class);
    assertEquals("DOWNLINK_PAYLOAD_SIZE", errors.get(0).type(), "EU868 DR0 takes 51 bytes");
    assertEquals(11,
        OpenedDownlink.open(given.sent().get(0).items().get(0), given.world.session(), 5, 0)
            .fPort());
  }

  @Test
  void sends_nothing_to_a_disabled_device() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    Device d = given.world.devices.find(DEV_EUI).orElseThrow();
    given.world.devices.save(new Device(d.devEui(), d.name(),
        d.applicationId(), d.deviceProfileId(), d.joinEui(), d.keys(), d.skipFCntCheck(), true,
        d.joinNonce()));
    given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));
    assertEquals(List.of(), given.sent());
  }

  private static void assertTxInfo(DownlinkTxInfo expected, DownlinkTxInfo actual) {
    assertEquals(expected.frequencyHz(), actual.frequencyHz(), "RX2 frequency");
    assertEquals(expected.powerDbm(), actual.powerDbm());
    assertEquals(expected.modulation(), actual.modulation(), "RX2 DR0");
    assertEquals(expected.board(), actual.board());
    assertEquals(expected.antenna(), actual.antenna());
    assertEquals(expected.timing(), actual.timing());
    assertArrayEquals(expected.context(), actual.context(), "no uplink context");
  }

  /** The frame as the device expects it, built from the library's primitives. */
  private static byte[] expectedFrame(
      DeviceSession s, MType type, long fCnt, boolean fPending, int fPort, byte[] data) {
    byte[] frm = FrmPayloadCipher.encrypt(AesKeyContext.of(s.appSKey()), Direction.DOWNLINK,
        DEV_ADDR, (int) fCnt, data);
    Fhdr fhdr = Fhdr.of(DEV_ADDR, FCtrl.Downlink.of(true, false, fPending), (int) fCnt,
        new byte[0]);
    byte[] b = PhyPayload.of(Mhdr.of(type), MacPayload.of(fhdr, fPort, frm), new byte[4])
        .encode();
    int len = b.length - Mic.LENGTH;
    AesKeyContext key = AesKeyContext.of(s.sNwkSIntKey());
    int mic = s.macVersion().isLorawan11()
        ? DataMic.downlinkLorawan11(key, b, 0, len, (int) fCnt, 0)
        : DataMic.downlinkLorawan10(key, b, 0, len, (int) fCnt);
    Mic.write(mic, b, len);
    return b;
  }
}
