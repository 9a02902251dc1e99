package io.longwave.scenario;

import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_A;
import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_C;
import static io.longwave.scenario.classb.MulticastGiven.GROUP_ID;
import static io.longwave.scenario.classb.MulticastGiven.NOW;
import static io.longwave.scenario.classb.MulticastGiven.heard;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.downlink.DownlinkContext;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import io.longwave.scenario.classb.MulticastGiven;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TX acknowledgements and the frame log of multicast copies: each copy is tracked like a unicast
 * downlink until its gateway acknowledges it, an error is counted for that gateway and the group's
 * counter is not reused, and every copy is in its gateway's frame log with its tx info.
 */
class MulticastTxAckScenarioTest {

  private static final byte[] DATA = {0x11, 0x22, 0x33};

  private static MulticastGiven twoGateways() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classC());
    given.member(heard(GATEWAY_A, false));
    given.member(heard(GATEWAY_C, false));
    given.service.enqueue(GROUP_ID, 5, DATA);
    given.scheduler.runOnce(NOW.plusSeconds(2), 10);
    return given;
  }

  private static DownlinkTxAck ack(GatewayId gateway, DownlinkFrame frame, TxAckStatus status) {
    return new DownlinkTxAck(gateway, frame.downlinkId(), List.of(DownlinkTxAckItem.of(status)));
  }

  @Test
  void each_copy_waits_for_its_gateways_acknowledgement() {
    MulticastGiven given = twoGateways();

    List<DownlinkFrame> sent = given.sent();
    assertEquals(2, sent.size());
    for (DownlinkFrame f : sent) {
      DownlinkContext c = given.contexts.find(f.downlinkId()).orElseThrow();
      assertTrue(c.multicast());
      assertEquals(GROUP_ID, c.multicastGroupId());
      assertNull(c.devEui());
      assertEquals(10, c.items().get(0).fCnt());
    }
  }

  @Test
  void a_refused_copy_is_counted_for_its_gateway_and_does_not_give_back_the_counter() {
    MulticastGiven given = twoGateways();
    List<DownlinkFrame> sent = given.sent();

    given.txAcks.handle(ack(GATEWAY_A, sent.get(0), TxAckStatus.OK));
    given.txAcks.handle(ack(GATEWAY_C, sent.get(1), TxAckStatus.TOO_LATE));
    given.txAcks.handle(ack(GATEWAY_C, sent.get(1), TxAckStatus.TOO_LATE));

    assertEquals(1, given.multicastAcks.sent());
    assertEquals(0, given.multicastAcks.errors(GATEWAY_A));
    assertEquals(1, given.multicastAcks.errors(GATEWAY_C), "the repeated ack finds nothing");
    assertEquals(1, given.txAcks.unknownAcks());
    assertEquals(List.of(), given.events.all(), "no device to tell");
    assertEquals(11, given.service.get(GROUP_ID).fCnt(), "the counter stays where enqueue put it");
    assertEquals(11, given.service.enqueue(GROUP_ID, 5, DATA));
    assertEquals(List.of(), given.service.queue(GROUP_ID).stream()
        .filter(i -> i.fCnt() == 10).toList(), "the refused copy is not sent again");
  }

  @Test
  void every_copy_is_in_its_gateways_frame_log_with_its_tx_info_and_ack_status() {
    MulticastGiven given = twoGateways();
    List<DownlinkFrame> sent = given.sent();

    given.txAcks.handle(ack(GATEWAY_C, sent.get(1), TxAckStatus.COLLISION_PACKET));

    List<LoggedFrame> a = given.frames.gatewayFrames(GATEWAY_A, 10);
    assertEquals(1, a.size());
    LoggedDownlink logged = (LoggedDownlink) a.get(0);
    assertTrue(logged.multicast());
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, logged.mType());
    assertArrayEquals(sent.get(0).items().get(0).phyPayload(), logged.phyPayload());
    assertEquals(869_525_000L, logged.txInfo().frequencyHz());
    assertEquals(NOW, logged.time());
    assertNull(logged.txAckStatus(), "not acknowledged yet");
    LoggedDownlink c = (LoggedDownlink) given.frames.gatewayFrames(GATEWAY_C, 10).get(0);
    assertEquals(TxAckStatus.COLLISION_PACKET, c.txAckStatus());
    for (Eui64 member : List.of(Eui64.parse("0000000000000001"), Eui64.parse("0000000000000002"))) {
      assertEquals(List.of(), given.frames.deviceFrames(member, 10), "not a device's frame");
    }
  }

  @Test
  void a_copy_for_an_offline_gateway_leaves_no_context_and_no_log_entry() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classC());
    given.member(heard(GATEWAY_A, false));
    given.gateways.offline(GATEWAY_A);
    given.service.enqueue(GROUP_ID, 5, DATA);

    assertEquals(0, given.scheduler.runOnce(NOW, 10));

    assertEquals(1, given.scheduler.dropped());
    assertEquals(0, given.contexts.size());
    assertEquals(List.of(), given.frames.gatewayFrames(GATEWAY_A, 10));
  }
}
