package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static io.longwave.scenario.downlink.DownlinkGiven.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.MType;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Confirmed queue items: sent as confirmed data down, pending after their TX ack. */
class ConfirmedDownlinkScenarioTest {

  private static final byte[] DATA = {0x21, 0x22};

  private static DownlinkFrame sendConfirmed(DownlinkGiven given) {
    given.classAFlow().respond(given.response(false, List.of(), false));
    return given.gateways.sent().get(0);
  }

  private static void txAck(DownlinkGiven given, DownlinkFrame frame) {
    given.txAckFlow().handle(new DownlinkTxAck(GATEWAY_A, frame.downlinkId(),
        List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
  }

  @Test
  void sends_a_confirmed_item_as_confirmed_data_down() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(5, DATA, true);
    DownlinkFrame frame = sendConfirmed(given);

    OpenedDownlink d = OpenedDownlink.open(frame.items().get(0), given.session(), 5, 9);
    assertEquals(MType.CONFIRMED_DATA_DOWN, d.mType());
    assertTrue(d.micValid());
    assertArrayEquals(DATA, d.frmPayload());
  }

  @Test
  void marks_a_class_a_item_pending_without_timeout_after_its_tx_ack() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.enqueue(5, DATA, true);
    txAck(given, sendConfirmed(given));

    DeviceQueueItem pending = given.queue.list(DEV_EUI).get(0);
    assertTrue(pending.pending());
    assertEquals(5, pending.fCntDown());
    assertNull(pending.timeoutAfter(), "the next uplink decides");
    assertEquals(6, given.session().nFCntDown());
    assertEquals(List.of(new TxAckEvent(DEV_EUI, item.id(), 5, GATEWAY_A)),
        given.events.of(TxAckEvent.class));
  }

  @Test
  void gives_a_class_c_item_the_profiles_class_c_timeout() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.session(s -> s.deviceClass(DeviceClass.C));
    given.enqueue(5, DATA, true);
    txAck(given, sendConfirmed(given));

    DeviceQueueItem pending = given.queue.list(DEV_EUI).get(0);
    assertEquals(NOW.plusSeconds(given.profile().classCTimeoutSeconds()),
        pending.timeoutAfter());
  }

  @Test
  void records_the_conf_fcnt_of_a_lorawan_1_1_confirmed_item() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    given.enqueue(5, DATA, true);
    txAck(given, sendConfirmed(given));

    assertEquals(3, given.session().confFCnt(), "the AFCntDown the item used");
    assertEquals(4, given.session().aFCntDown());
    assertEquals(3, given.queue.list(DEV_EUI).get(0).fCntDown());
  }

  @Test
  void does_not_send_a_pending_item_again() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.enqueue(5, DATA, true);
    txAck(given, sendConfirmed(given));
    given.gateways.clear();
    given.classAFlow().respond(given.response(false, List.of(), false));

    assertEquals(List.of(), given.gateways.sent());
  }
}
