package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.TieredDownlinkContextRepository;
import io.longwave.downlink.data.ClassADownlinkFlow;
import io.longwave.downlink.join.JoinAcceptContexts;
import io.longwave.downlink.join.JoinAcceptSent;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.network.NetworkSettings;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.testing.InMemorySharedDownlinkContexts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two network-server instances on one database: the TX acknowledgement of a downlink one of them
 * sent may reach the other (another UDP socket behind a load balancer, another MQTT subscriber),
 * which finds the downlink in the shared store; the sender finds it in memory; either way the
 * counters and the queue move on once. A join-accept is matched the same way.
 */
class TxAckAcrossInstancesScenarioTest {

  private static final byte[] DATA = {0x0a, 0x0b};
  private static final List<MacCommand> NO_MAC = List.of();

  private final DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
  private final InMemorySharedDownlinkContexts database =
      new InMemorySharedDownlinkContexts(given.clock, Duration.ofSeconds(30));
  private final TieredDownlinkContextRepository sender = instance();
  private final TieredDownlinkContextRepository other = instance();

  private TieredDownlinkContextRepository instance() {
    return new TieredDownlinkContextRepository(
        new InMemoryDownlinkContextRepository(given.clock, Duration.ofSeconds(30)), database);
  }

  private TxAckFlow txAcks(TieredDownlinkContextRepository contexts) {
    return new TxAckFlow(contexts, given.sessions, given.queue, given.devices, given.devices,
        given.events, given.frames, given.clock);
  }

  private DownlinkFrame answerFromTheSender() {
    given.enqueue(2, DATA, false);
    new ClassADownlinkFlow(NetworkSettings.defaults(), given.queue, given.gateways, sender,
        given.events, new Random(7), given.frames, given.clock)
        .respond(given.response(false, NO_MAC, false));
    return given.gateways.sent().get(0);
  }

  private static DownlinkTxAck ok(DownlinkFrame frame) {
    return new DownlinkTxAck(GATEWAY_A, frame.downlinkId(),
        List.of(DownlinkTxAckItem.of(TxAckStatus.OK), DownlinkTxAckItem.of(TxAckStatus.IGNORED)));
  }

  @Test
  void an_acknowledgement_handled_by_another_instance_finds_its_downlink() {
    DownlinkFrame frame = answerFromTheSender();

    TxAckFlow elsewhere = txAcks(other);
    elsewhere.handle(ok(frame));

    assertEquals(0, elsewhere.unknownAcks());
    assertEquals(6, given.session().nFCntDown());
    assertEquals(List.of(), given.queue.list(DEV_EUI));
    assertEquals(1, given.events.of(TxAckEvent.class).size());
  }

  @Test
  void the_sender_finds_it_in_memory_and_only_deletes_the_shared_copy() {
    DownlinkFrame frame = answerFromTheSender();
    int afterSave = database.statements.get();

    txAcks(sender).handle(ok(frame));

    assertEquals(1, database.statements.get() - afterSave, "one delete, no read");
    assertEquals(6, given.session().nFCntDown());
  }

  @Test
  void a_copy_of_the_acknowledgement_at_both_instances_moves_the_counter_once() {
    DownlinkFrame frame = answerFromTheSender();
    TxAckFlow atSender = txAcks(sender);
    TxAckFlow atOther = txAcks(other);

    atOther.handle(ok(frame));
    atSender.handle(ok(frame));

    assertEquals(1, atSender.unknownAcks(), "the sender's memory copy is no longer shared");
    assertEquals(6, given.session().nFCntDown());
    assertEquals(1, given.events.of(TxAckEvent.class).size());
  }

  @Test
  void a_join_accept_acknowledged_at_another_instance_is_matched_there_once() {
    long downlinkId = 0x0badcafeL;
    new JoinAcceptContexts(sender).record(new JoinAcceptSent(downlinkId, DEV_EUI,
        DevAddr.parse("01020305"), GATEWAY_A, UUID.randomUUID(), DownlinkGiven.NOW));
    TxAckFlow atOther = txAcks(other);
    TxAckFlow atSender = txAcks(sender);
    DownlinkTxAck ack = new DownlinkTxAck(GATEWAY_A, downlinkId,
        List.of(DownlinkTxAckItem.of(TxAckStatus.OK), DownlinkTxAckItem.of(TxAckStatus.IGNORED)));

    atOther.handle(ack);
    atSender.handle(ack);

    assertEquals(1, atOther.joinAcceptAcks());
    assertEquals(0, atOther.unknownAcks());
    assertEquals(0, atSender.joinAcceptAcks(), "taken by the other instance");
    assertEquals(1, atSender.unknownAcks());
    assertEquals(5, given.session().nFCntDown(), "a join-accept moves no counter");
    assertEquals(List.of(), given.events.of(TxAckEvent.class));
  }

  @Test
  void a_join_accept_the_gateway_did_not_take_is_forgotten_everywhere() {
    long downlinkId = 0x0badcaffL;
    JoinAcceptContexts joinAccepts = new JoinAcceptContexts(sender);
    joinAccepts.record(new JoinAcceptSent(downlinkId, DEV_EUI, DevAddr.parse("01020305"),
        GATEWAY_A, UUID.randomUUID(), DownlinkGiven.NOW));

    joinAccepts.forget(downlinkId);

    assertEquals(Optional.empty(), other.find(downlinkId));
    assertEquals(Optional.empty(), sender.find(downlinkId));
  }
}
