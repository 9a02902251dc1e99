package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gateway TX acknowledgements of Class A downlinks: counters, queue items and events. */
class TxAckScenarioTest {

  private static final byte[] DATA = {0x0a, 0x0b, 0x0c};
  private static final List<MacCommand> NO_MAC = List.of();

  private static DownlinkTxAck ack(DownlinkFrame frame, TxAckStatus... statuses) {
    return new DownlinkTxAck(GATEWAY_A, frame.downlinkId(),
        Stream.of(statuses).map(DownlinkTxAckItem::of).toList());
  }

  private static DownlinkFrame answerWithQueueItem(DownlinkGiven given) {
    given.classAFlow().respond(given.response(false, NO_MAC, false));
    return given.gateways.sent().get(0);
  }

  static Stream<Arguments> sentAcks() {
    return Stream.of(
        Arguments.of("RX1 sent", List.of(TxAckStatus.OK, TxAckStatus.IGNORED)),
        Arguments.of("RX2 sent after RX1 was refused",
            List.of(TxAckStatus.TOO_LATE, TxAckStatus.OK)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentAcks")
  void advances_the_counter_deletes_the_unconfirmed_item_and_tells_the_application(
      String description, List<TxAckStatus> statuses) {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(2, DATA, false);
    DownlinkFrame frame = answerWithQueueItem(given);
    given.txAckFlow().handle(ack(frame, statuses.toArray(TxAckStatus[]::new)));

    assertEquals(6, given.session().nFCntDown());
    assertEquals(List.of(), given.queue.list(DEV_EUI));
    assertEquals(List.of(new TxAckEvent(DEV_EUI, item.id(), 5, GATEWAY_A)),
        given.events.of(TxAckEvent.class));
  }

  @Test
  void advances_the_counter_exactly_once_when_the_ack_comes_twice() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(2, DATA, false);
    DownlinkFrame frame = answerWithQueueItem(given);
    TxAckFlow flow = given.txAckFlow();
    flow.handle(ack(frame, TxAckStatus.OK));
    flow.handle(ack(frame, TxAckStatus.OK));

    assertEquals(6, given.session().nFCntDown());
    assertEquals(1, given.events.of(TxAckEvent.class).size());
    assertEquals(1, flow.unknownAcks());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("too late", TxAckStatus.TOO_LATE, TxAckStatus.IGNORED),
        Arguments.of("collision then TX frequency", TxAckStatus.COLLISION_PACKET,
            TxAckStatus.TX_FREQ));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void keeps_counters_and_queue_item_when_no_item_was_sent(
      String description, TxAckStatus rx1, TxAckStatus rx2) {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(2, DATA, false);
    DownlinkFrame frame = answerWithQueueItem(given);
    given.txAckFlow().handle(ack(frame, rx1, rx2));

    assertEquals(5, given.session().nFCntDown());
    assertEquals(List.of(item), given.queue.list(DEV_EUI));
    List<ErrorEvent> errors = given.events.of(ErrorEvent.class);
    assertEquals(1, errors.size());
    assertEquals("DOWNLINK_TX_ACK", errors.get(0).type());
    TxAckStatus last = rx2 == TxAckStatus.IGNORED ? rx1 : rx2;
    assertTrue(errors.get(0).error().contains(last.name()), errors.get(0).error());
    assertEquals(List.of(), given.events.of(TxAckEvent.class));
  }

  @Test
  void ignores_and_counts_an_ack_of_an_unknown_downlink() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    TxAckFlow flow = given.txAckFlow();
    flow.handle(new DownlinkTxAck(GATEWAY_A, 12345, List.of(DownlinkTxAckItem.of(
        TxAckStatus.OK))));

    assertEquals(1, flow.unknownAcks());
    assertEquals(5, given.session().nFCntDown());
    assertEquals(List.of(), given.events.all());
  }

  @Test
  void advances_afcntdown_only_for_a_lorawan_1_1_application_frame() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    given.enqueue(2, DATA, false);
    DownlinkFrame frame = answerWithQueueItem(given);
    given.txAckFlow().handle(ack(frame, TxAckStatus.OK));

    assertEquals(4, given.session().aFCntDown());
    assertEquals(5, given.session().nFCntDown());
  }

  @Test
  void advances_nfcntdown_only_for_a_lorawan_1_1_mac_only_frame() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    given.classAFlow().respond(given.response(false, List.of(new LinkCheckAns(7, 1)), false));
    given.txAckFlow().handle(ack(given.gateways.sent().get(0), TxAckStatus.OK));

    assertEquals(3, given.session().aFCntDown());
    assertEquals(6, given.session().nFCntDown());
    assertEquals(List.of(), given.events.of(TxAckEvent.class), "no queue item, no event");
  }

  @Test
  void advances_the_counter_of_the_rx2_item_that_had_no_room_for_the_queue_item() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    DeviceQueueItem item = given.enqueue(2, new byte[100], false);
    given.classAFlow().respond(given.response(true, NO_MAC, false));
    DownlinkFrame frame = given.gateways.sent().get(0);
    given.txAckFlow().handle(ack(frame, TxAckStatus.TOO_LATE, TxAckStatus.OK));

    assertEquals(6, given.session().nFCntDown(), "the ACK-only RX2 frame used NFCntDown");
    assertEquals(3, given.session().aFCntDown());
    assertEquals(List.of(item), given.queue.list(DEV_EUI), "still to send");
  }

  @Test
  void retries_the_counter_update_when_the_session_was_saved_meanwhile() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(2, DATA, false);
    DownlinkFrame frame = answerWithQueueItem(given);
    DeviceSessionRepository racing = new DeviceSessionRepository() {
      private boolean raced;

      @Override
      public Optional<DeviceSession> find(Eui64 devEui) {
        return given.sessions.find(devEui);
      }

      @Override
      public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
        return given.sessions.findByDevAddr(devAddr);
      }

      @Override
      public void save(DeviceSession session) {
        if (!raced) {
          raced = true;
          given.session(s -> s.fCntUp(11));
        }
        given.sessions.save(session);
      }

      @Override
      public DeviceSession activatePendingRejoin(DeviceSession session) {
        return given.sessions.activatePendingRejoin(session);
      }

      @Override
      public void delete(Eui64 devEui) {
        given.sessions.delete(devEui);
      }
    };
    new TxAckFlow(given.contexts, racing, given.queue, given.devices, given.devices,
        given.events, given.frames, given.clock).handle(ack(frame, TxAckStatus.OK));

    assertEquals(6, given.session().nFCntDown());
    assertEquals(11, given.session().fCntUp(), "the other update is kept");
  }
}
