package io.longwave.scenario;

import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_A;
import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_B;
import static io.longwave.scenario.classb.MulticastGiven.GATEWAY_C;
import static io.longwave.scenario.classb.MulticastGiven.GROUP_ID;
import static io.longwave.scenario.classb.MulticastGiven.NOW;
import static io.longwave.scenario.classb.MulticastGiven.heard;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.multicast.MulticastGroupException;
import io.longwave.application.multicast.MulticastGroupException.Reason;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.PhyPayload;
import io.longwave.scenario.classb.MulticastGiven;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Class C multicast (ChirpStack v3 multicast groups): an enqueued payload gets the group's next
 * frame counter and one copy per gateway of the members' gateway set, sent at once, 2 s apart,
 * encrypted with the McAppSKey and signed with the McNwkSKey; bad requests are refused with a
 * reason.
 */
class MulticastClassCScenarioTest {

  private static final byte[] DATA = {0x11, 0x22, 0x33};

  private static MulticastGiven groupOfThree() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classC());
    given.member(heard(GATEWAY_A, false));
    given.member(heard(GATEWAY_A, false), heard(GATEWAY_B, false));
    given.member(heard(GATEWAY_C, false));
    return given;
  }

  @Test
  void sends_one_copy_per_gateway_of_the_set_two_seconds_apart() {
    MulticastGiven given = groupOfThree();

    assertEquals(10, given.service.enqueue(GROUP_ID, 5, DATA));

    assertEquals(11, given.service.get(GROUP_ID).fCnt(), "the group's counter moved on");
    List<MulticastQueueItem> queue = given.service.queue(GROUP_ID);
    assertEquals(List.of(GATEWAY_A, GATEWAY_C),
        queue.stream().map(MulticastQueueItem::gatewayId).toList());
    assertEquals(List.of(NOW, NOW.plusSeconds(2)),
        queue.stream().map(MulticastQueueItem::scheduleAt).toList());
    assertTrue(queue.stream().allMatch(i -> i.fCnt() == 10 && i.emitAt() == null));

    assertEquals(1, given.scheduler.runOnce(NOW, 10));
    assertEquals(0, given.scheduler.runOnce(NOW.plusMillis(1_999), 10));
    assertEquals(1, given.scheduler.runOnce(NOW.plusSeconds(2), 10));

    List<DownlinkFrame> sent = given.sent();
    assertEquals(List.of(GATEWAY_A, GATEWAY_C),
        sent.stream().map(DownlinkFrame::gatewayId).toList());
    DownlinkTxInfo expected = new DownlinkTxInfo(869_525_000L, 27,
        new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), 0, 0,
        new DownlinkTiming.Immediately(), new byte[0]);
    for (DownlinkFrame f : sent) {
      DownlinkTxInfo tx = f.items().get(0).txInfo();
      assertEquals(expected.frequencyHz(), tx.frequencyHz());
      assertEquals(expected.powerDbm(), tx.powerDbm());
      assertEquals(expected.modulation(), tx.modulation(), "the group's DR0");
      assertEquals(expected.timing(), tx.timing());
      byte[] phy = f.items().get(0).phyPayload();
      assertArrayEquals(DATA, MulticastGiven.open(phy, 10));
      PhyPayload p = PhyPayload.decode(phy);
      assertEquals(MType.UNCONFIRMED_DATA_DOWN, p.mhdr().mType());
      assertEquals(10, p.macPayload().fhdr().fCnt());
      assertEquals(5, p.macPayload().fPort());
    }
    assertEquals(List.of(), given.service.queue(GROUP_ID));
  }

  @Test
  void a_second_payload_follows_the_first_one_gateway_delay_after_its_last_copy() {
    MulticastGiven given = groupOfThree();
    given.service.enqueue(GROUP_ID, 5, DATA);

    assertEquals(11, given.service.enqueue(GROUP_ID, 6, new byte[] {0x01}));

    List<MulticastQueueItem> queue = given.service.queue(GROUP_ID);
    assertEquals(List.of(NOW, NOW.plusSeconds(2), NOW.plusSeconds(4), NOW.plusSeconds(6)),
        queue.stream().map(MulticastQueueItem::scheduleAt).toList());
    assertEquals(List.of(10L, 10L, 11L, 11L),
        queue.stream().map(MulticastQueueItem::fCnt).toList());
  }

  @Test
  void uses_the_regions_rx2_frequency_when_the_group_has_none() {
    MulticastGiven given = new MulticastGiven();
    MulticastGroup g = MulticastGiven.classC();
    given.service.create(new MulticastGroup(g.id(), g.name(), g.region(), g.mcAddr(),
        g.mcNwkSKey(), g.mcAppSKey(), 0, g.groupType(), 5, 0, 0));
    given.member(heard(GATEWAY_B, false));
    given.service.enqueue(GROUP_ID, 1, DATA);

    given.scheduler.runOnce(NOW, 10);

    DownlinkTxInfo tx = given.sent().get(0).items().get(0).txInfo();
    assertEquals(869_525_000L, tx.frequencyHz());
    assertEquals(new LoraModulation(125_000, 7, CodeRate.CR_4_5, true), tx.modulation());
    assertArrayEquals(DATA, MulticastGiven.open(given.sent().get(0).items().get(0).phyPayload(),
        0));
  }

  @Test
  void an_offline_gateway_drops_its_copy_and_the_others_still_go() {
    MulticastGiven given = groupOfThree();
    given.gateways.offline(GATEWAY_A);
    given.service.enqueue(GROUP_ID, 5, DATA);

    assertEquals(0, given.scheduler.runOnce(NOW, 10));
    assertEquals(1, given.scheduler.runOnce(NOW.plusSeconds(2), 10));
    assertEquals(1, given.scheduler.dropped());
    assertEquals(List.of(), given.service.queue(GROUP_ID));
  }

  @Test
  void manages_members_and_the_queue() {
    MulticastGiven given = groupOfThree();
    List<Eui64> members = given.service.devices(GROUP_ID);
    assertEquals(3, members.size());
    given.service.addDevice(GROUP_ID, members.get(0));
    assertEquals(3, given.service.devices(GROUP_ID).size(), "adding a member again");
    given.service.removeDevice(GROUP_ID, members.get(2));
    given.service.enqueue(GROUP_ID, 5, DATA);
    assertEquals(List.of(GATEWAY_A),
        given.service.queue(GROUP_ID).stream().map(MulticastQueueItem::gatewayId).toList(),
        "without the member only gateway C heard");

    assertEquals(1, given.service.flush(GROUP_ID));
    assertEquals(List.of(), given.service.queue(GROUP_ID));
    given.service.delete(GROUP_ID);
    assertEquals(List.of(), given.service.list());
    assertRefused(Reason.UNKNOWN_GROUP, () -> given.service.get(GROUP_ID));
  }

  @Test
  void refuses_bad_requests_with_a_reason() {
    MulticastGiven given = groupOfThree();
    Eui64 stranger = given.device(heard(GATEWAY_A, false));
    MulticastGroup g = MulticastGiven.classC();

    assertRefused(Reason.ALREADY_EXISTS, () -> given.service.create(g));
    assertRefused(Reason.INVALID, () -> given.service.create(new MulticastGroup(UUID.randomUUID(),
        "", g.region(), g.mcAddr(), g.mcNwkSKey(), g.mcAppSKey(), 0, g.groupType(), 15, 0, 0)));
    assertRefused(Reason.UNKNOWN_GROUP, () -> given.service.enqueue(UUID.randomUUID(), 1, DATA));
    assertRefused(Reason.UNKNOWN_GROUP, () -> given.service.update(new MulticastGroup(
        UUID.randomUUID(), "", g.region(), g.mcAddr(), g.mcNwkSKey(), g.mcAppSKey(), 0,
        g.groupType(), 0, 0, 0)));
    assertRefused(Reason.INVALID, () -> given.service.enqueue(GROUP_ID, 0, DATA));
    assertRefused(Reason.INVALID, () -> given.service.enqueue(GROUP_ID, 224, DATA));
    assertRefused(Reason.INVALID, () -> given.service.enqueue(GROUP_ID, 1, new byte[52]));
    assertRefused(Reason.UNKNOWN_DEVICE,
        () -> given.service.addDevice(GROUP_ID, Eui64.parse("ffffffffffffffff")));
    assertRefused(Reason.UNKNOWN_DEVICE, () -> given.service.removeDevice(GROUP_ID, stranger));
    assertEquals(10, given.service.get(GROUP_ID).fCnt(), "no counter was taken");
    assertEquals(List.of(), given.service.queue(GROUP_ID));
    assertEquals(10, given.service.enqueue(GROUP_ID, 1, new byte[51]), "DR0 takes 51 bytes");
  }

  @Test
  void refuses_a_payload_when_no_member_was_heard() {
    MulticastGiven given = new MulticastGiven();
    given.service.create(MulticastGiven.classC());
    given.member();

    assertRefused(Reason.NO_GATEWAY, () -> given.service.enqueue(GROUP_ID, 1, DATA));
    assertEquals(10, given.service.get(GROUP_ID).fCnt());
  }

  static void assertRefused(Reason reason, Executable call) {
    MulticastGroupException e = assertThrows(MulticastGroupException.class, call::execute);
    assertEquals(reason, e.reason(), e.getMessage());
  }

  /** A call that may throw. */
  interface Executable {
    void execute();
  }
}
