package io.longwave.connector.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingDownlinksTest {

  static DownlinkFrame rx1AndRx2(long id) {
    DownlinkTxInfo rx1 = new DownlinkTxInfo(868_100_000L, 14,
        new LoraModulation(125_000, 7, CodeRate.CR_4_5, true), 0, 0,
        new DownlinkTiming.Delay(Duration.ofSeconds(1)), new byte[] {0, 0, 0, 1});
    DownlinkTxInfo rx2 = new DownlinkTxInfo(869_525_000L, 27,
        new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), 0, 0,
        new DownlinkTiming.Delay(Duration.ofSeconds(2)), new byte[] {0, 0, 0, 1});
    return new DownlinkFrame(id, GatewayId.parse("0102030405060708"),
        List.of(new DownlinkFrameItem(new byte[] {1}, rx1), new DownlinkFrameItem(new byte[] {2}, rx2)));
  }

  @Test
  void an_accepted_first_item_ends_the_downlink_with_the_second_ignored() {
    PendingDownlinks p = new PendingDownlinks(Duration.ofSeconds(15));
    int token = p.start(rx1AndRx2(7), 0);
    DownlinkTxAck ack =
        assertInstanceOf(PendingDownlinks.Outcome.Done.class,
            p.answered(token, TxAckStatus.OK, null, null)).ack();
    assertEquals(7, ack.downlinkId());
    assertEquals(List.of(TxAckStatus.OK, TxAckStatus.IGNORED),
        ack.items().stream().map(i -> i.status()).toList());
    assertEquals(0, p.size());
  }

  @Test
  void a_refused_first_item_sends_the_second_with_a_new_token() {
    PendingDownlinks p = new PendingDownlinks(Duration.ofSeconds(15));
    int token = p.start(rx1AndRx2(8), 0);
    PendingDownlinks.Outcome.SendNext next =
        assertInstanceOf(PendingDownlinks.Outcome.SendNext.class,
            p.answered(token, TxAckStatus.TOO_LATE, null, null));
    assertEquals(1, next.index());
    assertNotEquals(token, next.token());
    assertInstanceOf(PendingDownlinks.Outcome.Unknown.class,
        p.answered(token, TxAckStatus.OK, null, null));
    DownlinkTxAck ack =
        assertInstanceOf(PendingDownlinks.Outcome.Done.class,
            p.answered(next.token(), TxAckStatus.OK, "TX_POWER", 20)).ack();
    assertEquals(TxAckStatus.TOO_LATE, ack.items().get(0).status());
    assertEquals(TxAckStatus.OK, ack.items().get(1).status());
    assertEquals("TX_POWER", ack.items().get(1).warning());
    assertEquals(1, ack.acceptedItem());
  }

  @Test
  void when_every_item_is_refused_the_ack_reports_each_error() {
    PendingDownlinks p = new PendingDownlinks(Duration.ofSeconds(15));
    int token = p.start(rx1AndRx2(9), 0);
    int second = ((PendingDownlinks.Outcome.SendNext)
        p.answered(token, TxAckStatus.COLLISION_PACKET, null, null)).token();
    DownlinkTxAck ack = ((PendingDownlinks.Outcome.Done)
        p.answered(second, TxAckStatus.TX_FREQ, null, null)).ack();
    assertEquals(List.of(TxAckStatus.COLLISION_PACKET, TxAckStatus.TX_FREQ),
        ack.items().stream().map(i -> i.status()).toList());
    assertEquals(-1, ack.acceptedItem());
  }

  @Test
  void a_downlink_without_answer_expires_with_an_error() {
    PendingDownlinks p = new PendingDownlinks(Duration.ofSeconds(15));
    p.start(rx1AndRx2(10), 0);
    assertEquals(List.of(), p.expire(Duration.ofSeconds(14).toNanos()));
    List<DownlinkTxAck> expired = p.expire(Duration.ofSeconds(15).toNanos());
    assertEquals(1, expired.size());
    assertEquals(TxAckStatus.INTERNAL_ERROR, expired.get(0).items().get(0).status());
    assertEquals(0, p.size());
  }
}
