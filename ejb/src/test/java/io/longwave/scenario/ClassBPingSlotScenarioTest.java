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
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.classb.GpsTime;
import io.longwave.lorawan.classb.PingSlot;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.ClassB;
import io.longwave.scenario.classb.ClassBGiven;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.GivenDataUplink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Class B downlinks (LoRaWAN 1.0.4 §13 and §14; ChirpStack's Class B scheduling): a queue item
 * goes out in the device's next ping slot after now plus the 5 s scheduling margin, at that GPS
 * time, on the ping-slot frequency and data rate, through a GPS-synchronised gateway that heard
 * the device; confirmed items time out after the ping slot plus the profile's Class B timeout; a
 * device that clears the ClassB bit is back in Class A.
 */
class ClassBPingSlotScenarioTest {

  private static final byte[] DATA = {0x0a, 0x0b, 0x0c};
  private static final Duration MARGIN = Duration.ofSeconds(5);

  /** pingNb of the profile's periodicity 5: 2^(7 - 5). */
  private static final int PROFILE_PING_NB = 4;

  /** EU868 DR3 (SF9 BW125) on 869.525 MHz, in the 869.4–869.65 MHz sub-band: 27 dBm. */
  private static DownlinkTxInfo pingSlotTxInfo(Duration slot) {
    return new DownlinkTxInfo(869_525_000L, 27,
        new LoraModulation(125_000, 9, CodeRate.CR_4_5, true), 1, 2,
        new DownlinkTiming.GpsEpoch(slot), new byte[0]);
  }

  /** The slot {@link PingSlot} gives for the device after now plus the margin. */
  private static Duration expectedSlot(int pingNb, Instant now) {
    return PingSlot.nextPingSlotAfter(DEV_ADDR, pingNb, GpsTime.toGpsEpochTime(now.plus(MARGIN)));
  }

  static Stream<Arguments> pingNbs() {
    return Stream.of(
        Arguments.of("periodicity 0 from PingSlotInfoReq: 128 slots", 128),
        Arguments.of("periodicity 3: 16 slots", 16),
        Arguments.of("periodicity 7: one slot per beacon period", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pingNbs")
  void sends_an_item_in_the_next_ping_slot_with_its_gps_time(String description, int pingNb) {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(pingNb));
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    Duration slot = expectedSlot(pingNb, NOW);
    Duration after = GpsTime.toGpsEpochTime(NOW.plus(MARGIN));
    assertTrue(slot.compareTo(after) > 0, "after now plus the scheduling margin");
    assertTrue(PingSlot.pingSlotsOfBeaconPeriod(slot, DEV_ADDR, pingNb).contains(slot),
        "one of the device's slots of its beacon period");
    Duration intoBeacon = slot.minus(GpsTime.beaconStart(slot)).minus(ClassB.BEACON_RESERVED);
    assertEquals(0, intoBeacon.toNanos() % ClassB.PING_SLOT_LENGTH.toNanos(),
        "BEACON_RESERVED plus a whole number of 30 ms slots after the beacon");
    DownlinkFrame frame = given.sent().get(0);
    assertEquals(GATEWAY_A, frame.gatewayId(), "the GPS-synchronised gateway, not the best one");
    assertEquals(1, frame.items().size());
    DownlinkFrameItem item = frame.items().get(0);
    assertEquals(pingSlotTxInfo(slot).frequencyHz(), item.txInfo().frequencyHz());
    assertEquals(pingSlotTxInfo(slot).powerDbm(), item.txInfo().powerDbm());
    assertEquals(pingSlotTxInfo(slot).modulation(), item.txInfo().modulation(), "DR3");
    assertEquals(1, item.txInfo().board());
    assertEquals(2, item.txInfo().antenna());
    assertEquals(new DownlinkTiming.GpsEpoch(slot), item.txInfo().timing());
    assertArrayEquals(new byte[0], item.txInfo().context());
    OpenedDownlink d = OpenedDownlink.open(item, given.world.session(), 5, 0);
    assertTrue(d.micValid());
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, d.mType());
    assertEquals(5, d.fCnt());
    assertArrayEquals(DATA, d.frmPayload());
  }

  @Test
  void the_ping_slot_is_that_of_the_beacon_period_the_margin_falls_in() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(1));
    given.world.enqueue(10, DATA, false);
    // now + margin just after this period's only slot: the slot of the next period is used
    Duration slotNow = PingSlot.pingSlotsOfBeaconPeriod(GpsTime.toGpsEpochTime(NOW), DEV_ADDR, 1)
        .get(0);
    Instant now = GpsTime.toInstant(slotNow).minus(MARGIN).plusMillis(1);

    assertEquals(1, given.run(now));

    Duration sent = ((DownlinkTiming.GpsEpoch) given.sent().get(0).items().get(0).txInfo()
        .timing()).timeSinceGpsEpoch();
    assertEquals(PingSlot.pingSlotsOfBeaconPeriod(slotNow.plus(ClassB.BEACON_PERIOD), DEV_ADDR,
        1).get(0), sent);
    assertEquals(GpsTime.beaconStart(slotNow).plus(ClassB.BEACON_PERIOD),
        GpsTime.beaconStart(sent));
  }

  @Test
  void takes_the_ping_slot_periodicity_of_the_profile_when_the_device_gave_none() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(0));
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    assertEquals(new DownlinkTiming.GpsEpoch(expectedSlot(PROFILE_PING_NB, NOW)),
        given.sent().get(0).items().get(0).txInfo().timing());
  }

  @Test
  void uses_the_frequency_and_data_rate_of_an_accepted_ping_slot_channel_req() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_1_0);
    given.world.session(s -> s.pingSlotNb(8).pingSlotFrequencyHz(868_300_000L).pingSlotDr(5));
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    DownlinkTxInfo tx = given.sent().get(0).items().get(0).txInfo();
    assertEquals(868_300_000L, tx.frequencyHz());
    assertEquals(14, tx.powerDbm(), "outside the 27 dBm sub-band");
    assertEquals(new LoraModulation(125_000, 7, CodeRate.CR_4_5, true), tx.modulation(), "DR5");
    OpenedDownlink d =
        OpenedDownlink.open(given.sent().get(0).items().get(0), given.world.session(), 3, 0);
    assertTrue(d.micValid(), "LoRaWAN 1.1: AFCntDown 3");
  }

  @Test
  void sends_nothing_when_no_gateway_that_heard_the_device_is_gps_synchronised() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.lastUplinkGateways(List.of(
        new LastUplinkGateway(GATEWAY_A, 1, 2, ClassBGiven.LAST_HEARD, 4, false))));
    DeviceQueueItem item = given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));

    assertEquals(List.of(), given.sent());
    assertEquals(List.of(item), given.world.queue.list(DEV_EUI));
  }

  @Test
  void locks_the_device_until_its_ping_slot_has_passed() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(2));
    given.world.enqueue(10, DATA, false);
    given.world.enqueue(11, DATA, false);

    assertEquals(1, given.run(NOW));
    Duration first = expectedSlot(2, NOW);
    given.txAck(given.sent().get(0));
    Instant slotTime = GpsTime.toInstant(first);
    assertEquals(0, given.run(NOW.plusSeconds(6)), "the lock lasts at least 5 s");
    assertEquals(0, given.run(slotTime.minusMillis(1)), "not twice for the same slot");

    assertEquals(1, given.run(slotTime));
    Duration second = ((DownlinkTiming.GpsEpoch) given.sent().get(1).items().get(0).txInfo()
        .timing()).timeSinceGpsEpoch();
    assertEquals(expectedSlot(2, slotTime), second);
    assertTrue(second.compareTo(first) > 0);
    assertEquals(11, OpenedDownlink.open(given.sent().get(1).items().get(0),
        given.world.session(), 6, 0).fPort());
  }

  @Test
  void a_confirmed_item_times_out_after_its_ping_slot_plus_the_class_b_timeout() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.pingSlotNb(16));
    DeviceQueueItem item = given.world.enqueue(10, DATA, true);

    assertEquals(1, given.run(NOW));
    given.txAck(given.sent().get(0));
    Instant slotTime = GpsTime.toInstant(expectedSlot(16, NOW));
    Instant timeout = slotTime.plusSeconds(ClassBGiven.CLASS_B_TIMEOUT_SECONDS);

    DeviceQueueItem pending = given.world.queue.list(DEV_EUI).get(0);
    assertTrue(pending.pending());
    assertEquals(timeout, pending.timeoutAfter());
    assertEquals(0, given.run(timeout.minusSeconds(1)), "still waiting for the ACK");
    assertEquals(0, given.run(timeout.plusMillis(1)), "nothing else queued");

    assertEquals(List.of(new AckEvent(DEV_EUI, item.id(), false, 5)),
        given.world.events.of(AckEvent.class));
    assertEquals(List.of(), given.world.queue.list(DEV_EUI));
  }

  @Test
  void a_device_in_class_a_gets_no_ping_slot_downlink() {
    ClassBGiven given = new ClassBGiven(MacVersion.LORAWAN_1_0_3);
    given.world.session(s -> s.deviceClass(DeviceClass.A));
    given.world.enqueue(10, DATA, false);

    assertEquals(0, given.run(NOW));
    assertEquals(List.of(), given.sent());
  }

  @Test
  void the_class_b_bit_of_an_uplink_switches_the_device_to_class_b_and_back_to_class_a() {
    DataUplinkFixture uplinks = new DataUplinkFixture();
    SessionKeys keys = new Lorawan10SessionKeys(DownlinkGiven.NWK_S_KEY, DownlinkGiven.APP_S_KEY);
    uplinks.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, keys, 10, false, s -> { });
    UUID profileId = uplinks.devices.find(DEV_EUI).orElseThrow().deviceProfileId();
    uplinks.devices.save(ClassBGiven.classBProfile(profileId, MacVersion.LORAWAN_1_0_3));
    GatewayId gps = GatewayId.parse("00800000a0000001");
    GatewayId plain = GatewayId.parse("00800000a0000002");
    List<UplinkRxInfo> heard = List.of(
        UplinkRxInfo.builder(plain).snr(8).rssi(-50).build(),
        UplinkRxInfo.builder(gps).snr(2).rssi(-90).board(1)
            .timeSinceGpsEpoch(GpsTime.toGpsEpochTime(DataUplinkFixture.NOW)).build());

    byte[] locked = GivenDataUplink.lorawan10(DEV_ADDR, keys).fCnt(10).classB().phyPayload();
    assertTrue(uplinks.send(frameSet(locked, heard)).accepted());
    DeviceSession s = uplinks.session(DEV_EUI);
    assertEquals(DeviceClass.B, s.deviceClass());
    assertEquals(List.of(
            new LastUplinkGateway(plain, 0, 0, DataUplinkFixture.NOW, 8, false),
            new LastUplinkGateway(gps, 1, 0, DataUplinkFixture.NOW, 2, true)),
        s.lastUplinkGateways());

    byte[] unlocked = GivenDataUplink.lorawan10(DEV_ADDR, keys).fCnt(11).phyPayload();
    assertTrue(uplinks.send(frameSet(unlocked, heard)).accepted());
    assertEquals(DeviceClass.A, uplinks.session(DEV_EUI).deviceClass());
    assertFalse(uplinks.session(DEV_EUI).lastUplinkGateways().isEmpty());
  }

  private static UplinkFrameSet frameSet(byte[] phy, List<UplinkRxInfo> heard) {
    return new UplinkFrameSet(UUID.randomUUID(), phy, DownlinkGiven.txInfo(7), heard,
        DataUplinkFixture.NOW);
  }
}
