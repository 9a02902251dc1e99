package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.CONTEXT_A;
import static io.longwave.scenario.downlink.DownlinkGiven.CONTEXT_B;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_B;
import static io.longwave.scenario.downlink.DownlinkGiven.reception;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.ErrorEvent;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.downlink.ClassAResponse;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.network.NetworkSettings;
import io.longwave.network.NetworkSettings.RxWindow;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Class A answers to data uplinks: content, counters, receive windows and gateway choice. */
class ClassADownlinkScenarioTest {

  private static final byte[] DATA = {0x0a, 0x0b, 0x0c};
  private static final List<MacCommand> NO_MAC = List.of();

  private static DownlinkFrame onlyFrame(DownlinkGiven given) {
    List<DownlinkFrame> sent = given.gateways.sent();
    assertEquals(1, sent.size(), "downlinks sent");
    return sent.get(0);
  }

  private static void assertTxInfo(DownlinkTxInfo tx, long frequencyHz, int sf, int powerDbm,
      Duration delay, byte[] context) {
    assertEquals(frequencyHz, tx.frequencyHz());
    assertEquals(new LoraModulation(125_000, sf, CodeRate.CR_4_5, true), tx.modulation());
    assertEquals(powerDbm, tx.powerDbm());
    assertEquals(new DownlinkTiming.Delay(delay), tx.timing());
    assertArrayEquals(context, tx.context());
    assertEquals(1, tx.board());
    assertEquals(2, tx.antenna());
  }

  @Test
  void sends_an_unconfirmed_queue_item_in_rx1_with_rx2_as_the_second_item() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(2, DATA, false);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    DownlinkFrame frame = onlyFrame(given);
    assertEquals(GATEWAY_A, frame.gatewayId());
    assertEquals(2, frame.items().size());
    assertTxInfo(frame.items().get(0).txInfo(), 868_100_000L, 7, 14, Duration.ofSeconds(1),
        CONTEXT_A);
    assertTxInfo(frame.items().get(1).txInfo(), 869_525_000L, 12, 27, Duration.ofSeconds(2),
        CONTEXT_A);
    for (DownlinkFrameItem i : frame.items()) {
      OpenedDownlink d = OpenedDownlink.open(i, given.session(), 5, 9);
      assertTrue(d.micValid(), "MIC with NFCntDown 5");
      assertEquals(MType.UNCONFIRMED_DATA_DOWN, d.mType());
      assertEquals(5, d.fCnt());
      assertEquals(2, d.fPort());
      assertArrayEquals(DATA, d.frmPayload());
      assertTrue(d.fCtrl().adr());
      assertFalse(d.fCtrl().ack());
      assertFalse(d.fCtrl().fPending());
      assertEquals(0, d.fCtrl().fOptsLen());
    }
    DownlinkContext context = given.contexts.find(frame.downlinkId()).orElseThrow();
    assertEquals(List.of(
        new DownlinkContext.Item(5, DownlinkCounter.NETWORK, item.id(), false),
        new DownlinkContext.Item(5, DownlinkCounter.NETWORK, item.id(), false)),
        context.items());
    assertEquals(List.of(item), given.queue.list(DownlinkGiven.DEV_EUI), "kept until TX ack");
    assertEquals(5, given.session().nFCntDown(), "counter moves on TX ack only");
  }

  /** The response to an uplink that reached the server {@code ago} before the flow runs. */
  private static ClassAResponse receivedAgo(ClassAResponse r, Duration ago) {
    UplinkFrameSet u = r.uplink();
    return new ClassAResponse(r.session(), r.profile(), new UplinkFrameSet(u.deduplicationId(),
        u.phyPayload(), u.txInfo(), u.rxInfo(), DownlinkGiven.NOW.minus(ago)), r.uplinkDr(),
        r.ack(), r.macCommands(), r.mustSend());
  }

  @Test
  void an_answer_too_late_for_rx2_is_not_prepared_and_the_queue_item_waits() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(2, DATA, false);
    // RX2 opens 2 s after the uplink (RX1 delay 1 s); the gateway needs the frame 100 ms before
    given.classAFlow().respond(receivedAgo(given.response(true, NO_MAC, false),
        Duration.ofMillis(1_950)));
    assertTrue(given.gateways.sent().isEmpty());
    assertEquals(List.of(item), given.queue.list(given.session().devEui()));

    given.classAFlow().respond(receivedAgo(given.response(true, NO_MAC, false),
        Duration.ofMillis(1_850)));
    assertEquals(1, given.gateways.sent().size());
  }

  @Test
  void acknowledges_a_confirmed_uplink_with_an_empty_frame() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.classAFlow().respond(given.response(true, NO_MAC, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertTrue(d.micValid());
    assertTrue(d.fCtrl().ack());
    assertEquals(MacPayload.NO_F_PORT, d.fPort());
    assertEquals(0, d.frmPayload().length);
    assertEquals(List.of(), d.fOpts());
    assertTrue(given.contexts.find(onlyFrame(given).downlinkId()).orElseThrow().ack());
  }

  @Test
  void puts_mac_commands_in_fopts_next_to_the_queue_item() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(3, DATA, false);
    List<MacCommand> mac = List.of(new LinkCheckAns(20, 2), new DevStatusReq());
    given.classAFlow().respond(given.response(false, mac, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertTrue(d.micValid());
    assertEquals(mac, d.fOpts());
    assertEquals(4, d.fCtrl().fOptsLen());
    assertEquals(3, d.fPort());
    assertArrayEquals(DATA, d.frmPayload());
  }

  @Test
  void sends_mac_commands_longer_than_15_bytes_as_fport_0_payload() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    List<MacCommand> mac = List.of(new NewChannelReq(3, 867_100_000, 5, 0),
        new NewChannelReq(4, 867_300_000, 5, 0), new NewChannelReq(5, 867_500_000, 5, 0));
    given.classAFlow().respond(given.response(false, mac, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertTrue(d.micValid());
    assertEquals(0, d.fPort());
    assertEquals(0, d.fCtrl().fOptsLen());
    assertEquals(mac, d.frmPayloadCommands(), "decrypted with the NwkSKey");
  }

  @Test
  void keeps_mac_commands_that_do_not_fit_next_to_the_queue_item_for_later() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(3, DATA, false);
    List<MacCommand> mac = List.of(new NewChannelReq(3, 867_100_000, 5, 0),
        new NewChannelReq(4, 867_300_000, 5, 0), new NewChannelReq(5, 867_500_000, 5, 0));
    given.classAFlow().respond(given.response(false, mac, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertEquals(mac.subList(0, 2), d.fOpts(), "12 of 18 bytes fit FOpts");
    assertArrayEquals(DATA, d.frmPayload());
  }

  @Test
  void sets_fpending_when_more_queue_items_wait() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(2, DATA, false);
    given.enqueue(2, new byte[] {1}, false);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertTrue(d.fCtrl().fPending());
    assertArrayEquals(DATA, d.frmPayload(), "the oldest first");
  }

  @Test
  void skips_a_queue_item_waiting_for_its_ack() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem pending = given.enqueue(2, new byte[] {9}, true);
    given.queue.update(pending.sentPending(4, null));
    given.enqueue(2, DATA, false);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertArrayEquals(DATA, d.frmPayload());
    assertFalse(d.fCtrl().fPending());
  }

  @Test
  void discards_a_queue_item_too_large_for_every_window_with_an_error_event() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem big = given.enqueue(2, new byte[243], false);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    assertEquals(List.of(), given.gateways.sent(), "nothing else to send");
    assertEquals(List.of(), given.queue.list(DownlinkGiven.DEV_EUI));
    List<ErrorEvent> errors = given.events.of(ErrorEvent.class);
    assertEquals(1, errors.size());
    assertEquals("DOWNLINK_PAYLOAD_SIZE", errors.get(0).type());
    assertTrue(errors.get(0).error().contains(big.id().toString()));
  }

  @Test
  void sends_the_rx2_item_without_a_queue_item_too_large_for_its_data_rate() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(2, new byte[100], false);
    given.classAFlow().respond(given.response(true, NO_MAC, false));

    DownlinkFrame frame = onlyFrame(given);
    OpenedDownlink rx1 = OpenedDownlink.open(frame.items().get(0), given.session(), 5, 9);
    OpenedDownlink rx2 = OpenedDownlink.open(frame.items().get(1), given.session(), 5, 9);
    assertEquals(100, rx1.frmPayload().length);
    assertFalse(rx1.fCtrl().fPending());
    assertEquals(MacPayload.NO_F_PORT, rx2.fPort(), "DR0 takes 51 bytes");
    assertTrue(rx2.fCtrl().ack());
    assertTrue(rx2.fCtrl().fPending());
    assertTrue(rx2.micValid());
    List<DownlinkContext.Item> items =
        given.contexts.find(frame.downlinkId()).orElseThrow().items();
    assertEquals(item.id(), items.get(0).queueItemId());
    assertFalse(items.get(1).hasQueueItem());
  }

  @Test
  void leaves_out_the_rx2_item_when_it_would_carry_nothing() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(2, new byte[100], false);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    assertEquals(1, onlyFrame(given).items().size());
  }

  @Test
  void sends_nothing_without_ack_mac_commands_queue_item_or_must_send() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.classAFlow().respond(given.response(false, NO_MAC, false));

    assertEquals(List.of(), given.gateways.sent());
    assertEquals(List.of(), given.events.all());
  }

  @Test
  void sends_an_empty_frame_when_the_uplink_flow_says_it_must() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.classAFlow().respond(given.response(false, NO_MAC, true));

    OpenedDownlink d =
        OpenedDownlink.open(onlyFrame(given).items().get(0), given.session(), 5, 9);
    assertTrue(d.micValid());
    assertFalse(d.fCtrl().ack());
  }

  @Test
  void times_the_windows_after_a_five_second_rx1_delay() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.session(s -> s.rx1Delay(5));
    given.classAFlow().respond(given.response(true, NO_MAC, false));

    DownlinkFrame frame = onlyFrame(given);
    assertEquals(new DownlinkTiming.Delay(Duration.ofSeconds(5)),
        frame.items().get(0).txInfo().timing());
    assertEquals(new DownlinkTiming.Delay(Duration.ofSeconds(6)),
        frame.items().get(1).txInfo().timing());
  }

  static Stream<Arguments> windows() {
    return Stream.of(
        Arguments.of("RX1 only", RxWindow.RX1, List.of(868_100_000L)),
        Arguments.of("RX2 only", RxWindow.RX2, List.of(869_525_000L)),
        Arguments.of("RX1 and RX2", RxWindow.RX1_AND_RX2, List.of(868_100_000L, 869_525_000L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("windows")
  void offers_the_receive_windows_the_settings_name(
      String description, RxWindow window, List<Long> frequencies) {
    NetworkSettings d = NetworkSettings.defaults();
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3)
        .settings(new NetworkSettings(d.netId(), d.getDownlinkDataDelay(), window,
            d.gatewayMinMarginDb(), d.installationMarginDb(), d.downlinkTxPowerDbm(),
            d.maxMacCommandErrors(), d.flushQueueOnJoin()));
    given.classAFlow().respond(given.response(true, NO_MAC, false));

    assertEquals(frequencies,
        onlyFrame(given).items().stream().map(i -> i.txInfo().frequencyHz()).toList());
  }

  static Stream<Arguments> gateways() {
    return Stream.of(
        Arguments.of("only A has the margin", 9.0, -3.0, GATEWAY_A, CONTEXT_A),
        Arguments.of("none has the margin: the best", 1.0, 0.0, GATEWAY_A, CONTEXT_A),
        Arguments.of("only the second listed has the margin", 2.0, 2.5, GATEWAY_B, CONTEXT_B));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gateways")
  void answers_through_the_gateway_with_the_snr_margin_with_its_timing_context(
      String description, double snrA, double snrB, GatewayId expected, byte[] context) {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    List<UplinkRxInfo> rx =
        List.of(reception(GATEWAY_A, snrA, CONTEXT_A), reception(GATEWAY_B, snrB, CONTEXT_B));
    given.classAFlow().respond(given.response(true, NO_MAC, false, 5, rx));

    DownlinkFrame frame = onlyFrame(given);
    assertEquals(expected, frame.gatewayId());
    for (DownlinkFrameItem i : frame.items()) {
      assertArrayEquals(context, i.txInfo().context());
    }
  }

  @Test
  void reports_an_unreachable_gateway_and_forgets_the_downlink() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.gateways.offline(GATEWAY_A);
    given.classAFlow().respond(given.response(true, NO_MAC, false));

    assertEquals(List.of(), given.gateways.sent());
    ErrorEvent error = given.events.of(ErrorEvent.class).get(0);
    assertEquals("DOWNLINK_GATEWAY", error.type());
    assertEquals(5, error.fCnt());
    assertEquals(0, given.contexts.size());
  }

  @Test
  void uses_afcntdown_for_application_data_of_a_lorawan_1_1_device() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    given.enqueue(2, DATA, false);
    List<MacCommand> mac = List.of(new LinkCheckAns(7, 1));
    given.classAFlow().respond(given.response(true, mac, false));

    DownlinkFrame frame = onlyFrame(given);
    DeviceSession s = given.session();
    OpenedDownlink d = OpenedDownlink.open(frame.items().get(0), s, 3, 9);
    assertTrue(d.micValid(), "MIC with AFCntDown 3 and ConfFCnt 9");
    assertFalse(OpenedDownlink.open(frame.items().get(0), s, 3, 0).micValid());
    assertEquals(3, d.fCnt());
    assertEquals(mac, d.fOpts(), "FOpts encrypted with the AFCntDown A block");
    assertArrayEquals(DATA, d.frmPayload());
    assertEquals(DownlinkCounter.APPLICATION,
        given.contexts.find(frame.downlinkId()).orElseThrow().items().get(0).counter());
  }

  @Test
  void uses_nfcntdown_for_mac_only_frames_of_a_lorawan_1_1_device() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    List<MacCommand> mac = List.of(new LinkCheckAns(7, 1));
    given.classAFlow().respond(given.response(false, mac, false));

    DownlinkFrame frame = onlyFrame(given);
    OpenedDownlink d = OpenedDownlink.open(frame.items().get(0), given.session(), 5, 0);
    assertTrue(d.micValid());
    assertEquals(5, d.fCnt());
    assertEquals(mac, d.fOpts(), "FOpts encrypted with the NFCntDown A block");
    assertEquals(DownlinkCounter.NETWORK,
        given.contexts.find(frame.downlinkId()).orElseThrow().items().get(0).counter());
  }
}
