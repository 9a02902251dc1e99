package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.application.event.AckEvent;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An uplink reads the device queue for a confirmed downlink awaiting its ACK only when the
 * session says one went on air (its TX acknowledgement records it): the usual uplink reads the
 * queue once, for its Class A answer, and the ACK of a confirmed downlink is still never missed.
 */
class PendingAckHintScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  private static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  private static final GatewayId GATEWAY = GivenDataUplink.GATEWAY;
  private static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  private final DataUplinkFixture given = new DataUplinkFixture();
  private final InMemoryDownlinkContextRepository contexts =
      new InMemoryDownlinkContextRepository();
  private final TxAckFlow txAcks = new TxAckFlow(contexts, given.sessions, given.queue,
      given.devices, given.devices, given.events, given.frames,
      Clock.fixed(DataUplinkFixture.NOW, ZoneOffset.UTC));

  private DataUplinkOutcome uplink(long fCnt, boolean ack) {
    GivenDataUplink u = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(fCnt)
        .frmPayload(1, new byte[] {1});
    return given.send((ack ? u.ack(5) : u).frameSet());
  }

  /** A confirmed item went out with FCntDown 5 and its gateway acknowledged it. */
  private DeviceQueueItem confirmedItemOnAir() {
    DeviceQueueItem item = new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 3, new byte[] {9},
        true, false, -1, null, DataUplinkFixture.NOW);
    given.queue.enqueue(item);
    contexts.save(new DownlinkContext(77, DEV_EUI,
        List.of(new DownlinkContext.Item(5, DownlinkCounter.NETWORK, item.id(), true)), false,
        DataUplinkFixture.NOW));
    txAcks.handle(new DownlinkTxAck(GATEWAY, 77, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    return item;
  }

  private DeviceSession session() {
    return given.session(DEV_EUI);
  }

  @Test
  void a_new_session_looks_at_the_queue_once_and_then_no_more() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    assertEquals(DeviceSession.UNKNOWN_AWAITED_ACK, session().awaitedAckQueueItem());

    uplink(0, false);
    assertNull(session().awaitedAckQueueItem());
    int reads = given.queue.reads();
    uplink(1, false);

    assertEquals(reads, given.queue.reads(), "nothing awaits an ACK: the queue is not read");
  }

  @Test
  void the_tx_ack_of_a_confirmed_item_makes_the_next_uplink_end_it() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false,
        s -> s.awaitedAckQueueItem(null));
    DeviceQueueItem item = confirmedItemOnAir();
    assertEquals(item.id(), session().awaitedAckQueueItem());

    assertEquals(DataUplinkOutcome.accepted(0), uplink(0, true));

    assertEquals(List.of(new AckEvent(DEV_EUI, item.id(), true, 5)),
        given.events.of(AckEvent.class));
    assertEquals(List.of(), given.queue.list(DEV_EUI));
    assertNull(session().awaitedAckQueueItem());
  }

  @Test
  void an_uplink_between_the_tx_ack_and_the_item_marked_pending_keeps_the_hint() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    DeviceQueueItem item = new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 3, new byte[] {9},
        true, false, -1, null, DataUplinkFixture.NOW);
    given.queue.enqueue(item);
    DeviceSession s = session();
    given.sessions.save(s.awaitedAckQueueItem(item.id()));

    uplink(0, true);

    assertEquals(item.id(), session().awaitedAckQueueItem(), "the item is not pending yet");
    assertEquals(List.of(), given.events.of(AckEvent.class));
  }
}
