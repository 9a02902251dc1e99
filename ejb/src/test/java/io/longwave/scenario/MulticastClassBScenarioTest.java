package io.longwave.scenario;

import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_A;
import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_B;
import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_C;
import static io.longwave.scenario.classb.MulticastGiven.GROUP_ID;
import static io.longwave.scenario.classb.MulticastGiven.MC_ADDR;
import static io.longwave.scenario.classb.MulticastGiven.NOW;
import static io.longwave.scenario.classb.MulticastGiven.heard;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.multicast.MulticastGroupException.Reason;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.classb.GpsTime;
import io.longwave.lorawan.classb.PingSlot;
import io.longwave.scenario.classb.MulticastGiven;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class B multicast (ChirpStack v3 multicast groups of type B): each copy of a payload goes out
 * through a GPS-synchronised gateway of the members' gateway set, in the group's next ping slot
 * after the previous copy's (the group's McAddr and pingNb 4096 / ping-slot period), handed to
 * the gateway 5 s ahead; a copy the scheduler reaches too late moves to a later slot.
 */
class MulticastClassBScenarioTest {

  private static final byte[] DATA = {0x42};
  private static final int PING_NB = 16;
  private static final Duration MARGIN = Duration.ofSeconds(5);

  private static Duration slotAfter(Instant after) {
    return PingSlot.nextPingSlotAfter(MC_ADDR, PING_NB, GpsTime.toGpsEpochTime(after));
  }

  private static MulticastGiven group() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classB());
    given.member(heard(GATEWAY_B, false), heard(GATEWAY_A, true));
    given.member(heard(GATEWAY_C, true));
    given.member(heard(GATEWAY_B, false));
    return given;
  }

  @Test
  void sends_each_copy_in_a_later_ping_slot_of_the_group_through_gps_gateways() {
    MulticastGiven given = group();

    assertEquals(20, given.service.enqueue(GROUP_ID, 7, DATA));

    Duration first = slotAfter(NOW.plus(MARGIN));
    Duration second = slotAfter(GpsTime.toInstant(first));
    List<MulticastQueueItem> queue = given.service.queue(GROUP_ID);
    assertEquals(List.of(GATEWAY_A, GATEWAY_C),
        queue.stream().map(MulticastQueueItem::gatewayId).toList(),
        "gateway B is not GPS-synchronised");
    assertEquals(List.of(first, second), queue.stream().map(MulticastQueueItem::emitAt).toList());
    assertEquals(GpsTime.toInstant(first).minus(MARGIN), queue.get(0).scheduleAt());
    assertEquals(PingSlot.pingSlotsOfBeaconPeriod(first, MC_ADDR, PING_NB).contains(first), true);

    Instant firstDue = queue.get(0).scheduleAt();
    assertEquals(0, given.scheduler.runOnce(firstDue.minusMillis(1), 10));
    assertEquals(1, given.scheduler.runOnce(firstDue, 10));
    assertEquals(1, given.scheduler.runOnce(queue.get(1).scheduleAt(), 10));

    for (int i = 0; i < 2; i++) {
      DownlinkTxInfo tx = given.sent().get(i).items().get(0).txInfo();
      assertEquals(new DownlinkTiming.GpsEpoch(i == 0 ? first : second), tx.timing());
      assertEquals(869_525_000L, tx.frequencyHz(), "EU868's ping-slot frequency");
      assertEquals(27, tx.powerDbm());
      assertEquals(new LoraModulation(125_000, 9, CodeRate.CR_4_5, true), tx.modulation(), "DR3");
      assertArrayEquals(DATA,
          MulticastGiven.open(given.sent().get(i).items().get(0).phyPayload(), 20));
    }
    assertEquals(GATEWAY_A, given.sent().get(0).gatewayId());
    assertEquals(GATEWAY_C, given.sent().get(1).gatewayId());
  }

  @Test
  void a_second_payload_takes_the_slots_after_the_first_ones() {
    MulticastGiven given = group();
    given.service.enqueue(GROUP_ID, 7, DATA);
    Duration lastOfFirst = given.service.queue(GROUP_ID).get(1).emitAt();

    assertEquals(21, given.service.enqueue(GROUP_ID, 7, DATA));

    List<MulticastQueueItem> queue = given.service.queue(GROUP_ID);
    assertEquals(slotAfter(GpsTime.toInstant(lastOfFirst)), queue.get(2).emitAt());
  }

  @Test
  void a_copy_reached_too_late_moves_to_the_next_ping_slot_after_the_margin() {
    MulticastGiven given = group();
    given.service.enqueue(GROUP_ID, 7, DATA);
    MulticastQueueItem first = given.service.queue(GROUP_ID).get(0);
    Instant late = GpsTime.toInstant(first.emitAt()).minusMillis(500);

    assertEquals(0, given.scheduler.runOnce(late, 1));

    MulticastQueueItem moved = given.service.queue(GROUP_ID).stream()
        .filter(i -> i.id().equals(first.id())).findFirst().orElseThrow();
    assertEquals(slotAfter(late.plus(MARGIN)), moved.emitAt());
    assertEquals(GpsTime.toInstant(moved.emitAt()).minus(MARGIN), moved.scheduleAt());
    assertEquals(List.of(), given.sent());
  }

  @Test
  void refuses_a_payload_when_no_member_was_heard_by_a_gps_synchronised_gateway() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classB());
    given.member(heard(GATEWAY_B, false));

    MulticastClassCScenarioTest.assertRefused(Reason.NO_GATEWAY,
        () -> given.service.enqueue(GROUP_ID, 7, DATA));
  }
}
