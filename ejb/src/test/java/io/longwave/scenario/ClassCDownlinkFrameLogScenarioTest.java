package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_ADDR;
import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_A;
import static io.longwave.scenario.downlink.DownlinkGiven.GATEWAY_B;
import static io.longwave.scenario.downlink.DownlinkGiven.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.MacVersion;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.lorawan.MType;
import io.longwave.scenario.classc.ClassCGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Class C downlinks in the frame log (ChirpStack's device and gateway frame logs): the frame the
 * scheduler sends at once is logged like a Class A answer, for the device and the gateway that
 * sends it, with its RX2 tx info and {@code Immediately} timing, and its TX acknowledgement is
 * recorded on it.
 */
class ClassCDownlinkFrameLogScenarioTest {

  private static final byte[] DATA = {0x01, 0x02, 0x03, 0x04};

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of("LoRaWAN 1.0.3: FCntDown 5", MacVersion.LORAWAN_1_0_3, 5L),
        Arguments.of("LoRaWAN 1.1: AFCntDown 3", MacVersion.LORAWAN_1_1_0, 3L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void the_immediate_downlink_is_logged_for_the_device_and_its_gateway(
      String description, MacVersion version, long fCnt) {
    ClassCGiven given = new ClassCGiven(version);
    List<LoggedFrame> streamed = new ArrayList<>();
    given.world.frames.subscribe(DEV_EUI, streamed::add);
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW.plusSeconds(2)));

    DownlinkFrame frame = given.sent().get(0);
    List<LoggedFrame> log = given.world.frames.deviceFrames(DEV_EUI, 10);
    assertEquals(1, log.size());
    LoggedDownlink down = assertInstanceOf(LoggedDownlink.class, log.get(0));
    assertEquals(log, given.world.frames.gatewayFrames(GATEWAY_A, 10));
    assertEquals(List.of(), given.world.frames.gatewayFrames(GATEWAY_B, 10));
    assertEquals(log, streamed, "the device's frame stream shows it at once");
    assertEquals(DEV_EUI, down.devEui());
    assertEquals(GATEWAY_A, down.gatewayId());
    assertEquals(frame.downlinkId(), down.downlinkId());
    assertEquals(NOW.plusSeconds(2), down.time(), "the scheduler run that sent it");
    assertFalse(down.acknowledged());
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, down.mType());

    assertEquals(869_525_000L, down.txInfo().frequencyHz(), "RX2 frequency");
    assertEquals(27, down.txInfo().powerDbm());
    assertEquals(new LoraModulation(125_000, 12, CodeRate.CR_4_5, true),
        down.txInfo().modulation(), "RX2 DR0");
    assertEquals(new DownlinkTiming.Immediately(), down.txInfo().timing());
    assertEquals(1, down.txInfo().board());
    assertEquals(2, down.txInfo().antenna());
    assertArrayEquals(frame.items().get(0).phyPayload(), down.phyPayload());

    OpenedDownlink opened = OpenedDownlink.open(
        new DownlinkFrameItem(down.phyPayload(), down.txInfo()), given.world.session(), fCnt, 0);
    assertTrue(opened.micValid());
    assertEquals(DEV_ADDR, opened.phy().macPayload().fhdr().devAddr());
    assertEquals(fCnt, opened.fCnt());
    assertEquals(10, opened.fPort());
    assertArrayEquals(DATA, opened.frmPayload());

    given.txAck(frame);
    LoggedDownlink acked = assertInstanceOf(LoggedDownlink.class,
        given.world.frames.deviceFrames(DEV_EUI, 10).get(0));
    assertEquals(TxAckStatus.OK, acked.txAckStatus());
    assertEquals(0, acked.sentItem());
    assertEquals(acked, given.world.frames.gatewayFrames(GATEWAY_A, 10).get(0));
    assertEquals(List.of(down, acked), streamed, "and again with its acknowledgement");
  }

  @Test
  void a_refused_downlink_keeps_its_gateway_error_and_the_retry_is_logged_anew() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.enqueue(10, DATA, false);
    given.run(NOW);
    DownlinkFrame refused = given.sent().get(0);

    given.world.txAckFlow().handle(new DownlinkTxAck(refused.gatewayId(), refused.downlinkId(),
        List.of(DownlinkTxAckItem.of(TxAckStatus.COLLISION_PACKET))));
    assertEquals(1, given.run(NOW.plusSeconds(5)), "the item is still queued");

    DownlinkFrame retry = given.sent().get(1);
    List<LoggedFrame> log = given.world.frames.deviceFrames(DEV_EUI, 10);
    assertEquals(2, log.size());
    LoggedDownlink second = assertInstanceOf(LoggedDownlink.class, log.get(0));
    LoggedDownlink first = assertInstanceOf(LoggedDownlink.class, log.get(1));
    assertEquals(refused.downlinkId(), first.downlinkId());
    assertEquals(TxAckStatus.COLLISION_PACKET, first.txAckStatus());
    assertEquals(-1, first.sentItem());
    assertArrayEquals(refused.items().get(0).phyPayload(), first.phyPayload());
    assertEquals(retry.downlinkId(), second.downlinkId());
    assertFalse(second.acknowledged());
    assertEquals(NOW.plusSeconds(5), second.time());
    OpenedDownlink opened = OpenedDownlink.open(
        new DownlinkFrameItem(second.phyPayload(), second.txInfo()), given.world.session(), 5, 0);
    assertTrue(opened.micValid());
    assertEquals(5, opened.fCnt(), "the refused frame did not use up FCntDown 5");
    assertArrayEquals(DATA, opened.frmPayload());
  }

  @Test
  void a_run_with_nothing_queued_logs_nothing() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);

    assertEquals(0, given.run(NOW));

    assertEquals(List.of(), given.world.frames.deviceFrames(DEV_EUI, 10));
    assertEquals(List.of(), given.world.frames.gatewayFrames(GATEWAY_A, 10));
  }
}
