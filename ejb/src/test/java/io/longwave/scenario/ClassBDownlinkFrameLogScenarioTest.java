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
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.MacVersion;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.classb.GpsTime;
import io.longwave.lorawan.classb.PingSlot;
import io.longwave.scenario.classb.ClassBGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class B downlinks in the frame log (LoRaWAN 1.0.4 §13; ChirpStack's device and gateway frame
 * logs): the frame sent for the device's next ping slot is logged like a Class A answer, for the
 * device and the GPS-synchronised gateway that sends it, with the ping-slot frequency, data rate
 * and GPS-epoch timing, and its TX acknowledgement is recorded on it.
 */
class ClassBDownlinkFrameLogScenarioTest {

  private static final byte[] DATA = {0x0a, 0x0b, 0x0c};
  private static final Duration MARGIN = Duration.ofSeconds(5);

  @Test
  void the_ping_slot_downlink_is_logged_with_its_gps_time_for_the_device_and_its_gateway() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(16));
    List<LoggedFrame> streamed = new ArrayList<>();
    given.world.frames.subscribe(DEV_EUI, streamed::add);
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    Duration slot =
        PingSlot.nextPingSlotAfter(DEV_ADDR, 16, GpsTime.toGpsEpochTime(NOW.plus(MARGIN)));
    DownlinkFrame frame = given.sent().get(0);
    List<LoggedFrame> log = given.world.frames.deviceFrames(DEV_EUI, 10);
    assertEquals(1, log.size());
    LoggedDownlink down = assertInstanceOf(LoggedDownlink.class, log.get(0));
    assertEquals(log, given.world.frames.gatewayFrames(GATEWAY_A, 10),
        "logged for the GPS-synchronised gateway that sends it");
    assertEquals(List.of(), given.world.frames.gatewayFrames(GATEWAY_B, 10));
    assertEquals(log, streamed, "the device's frame stream shows it at once");
    assertEquals(DEV_EUI, down.devEui());
    assertEquals(frame.downlinkId(), down.downlinkId());
    assertEquals(NOW, down.time(), "sent to the gateway now, on air at the ping slot");
    assertFalse(down.acknowledged());
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, down.mType());

    assertEquals(869_525_000L, down.txInfo().frequencyHz(), "the default ping-slot frequency");
    assertEquals(27, down.txInfo().powerDbm());
    assertEquals(new LoraModulation(125_000, 9, CodeRate.CR_4_5, true),
        down.txInfo().modulation(), "ping-slot DR3");
    assertEquals(new DownlinkTiming.GpsEpoch(slot), down.txInfo().timing());
    assertTrue(GpsTime.toInstant(slot).isAfter(NOW.plus(MARGIN)));
    assertEquals(1, down.txInfo().board());
    assertEquals(2, down.txInfo().antenna());
    assertArrayEquals(frame.items().get(0).phyPayload(), down.phyPayload());

    OpenedDownlink opened = OpenedDownlink.open(
        new DownlinkFrameItem(down.phyPayload(), down.txInfo()), given.world.session(), 5, 0);
    assertTrue(opened.micValid());
    assertEquals(DEV_ADDR, opened.phy().macPayload().fhdr().devAddr());
    assertEquals(5, opened.fCnt(), "FCntDown 5");
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
  void a_lorawan_11_ping_slot_downlink_is_logged_with_the_accepted_ping_slot_channel() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_1_0);
    given.world.session(s -> s.pingSlotNb(8).pingSlotFrequencyHz(868_300_000L).pingSlotDr(5));
    given.world.enqueue(10, DATA, true);

    assertEquals(1, given.run(NOW));

    LoggedDownlink down = assertInstanceOf(LoggedDownlink.class,
        given.world.frames.deviceFrames(DEV_EUI, 10).get(0));
    assertEquals(868_300_000L, down.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125_000, 7, CodeRate.CR_4_5, true),
        down.txInfo().modulation(), "DR5");
    assertEquals(new DownlinkTiming.GpsEpoch(
            PingSlot.nextPingSlotAfter(DEV_ADDR, 8, GpsTime.toGpsEpochTime(NOW.plus(MARGIN)))),
        down.txInfo().timing());
    assertEquals(MType.CONFIRMED_DATA_DOWN, down.mType());
    OpenedDownlink opened = OpenedDownlink.open(
        new DownlinkFrameItem(down.phyPayload(), down.txInfo()), given.world.session(), 3, 0);
    assertTrue(opened.micValid(), "AFCntDown 3 for FPort 10");
    assertEquals(3, opened.fCnt());
    assertArrayEquals(DATA, opened.frmPayload());
  }
}
