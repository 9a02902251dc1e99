package io.longwave.framelog;

import static io.longwave.framelog.Frames.DEV;
import static io.longwave.framelog.Frames.GW_A;
import static io.longwave.framelog.Frames.T;
import static io.longwave.framelog.Frames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.lorawan.MType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoggedDownlinkTest {

  /** Rows of {description, item statuses, status logged, item sent, frequency shown}. */
  static Stream<Arguments> acks() {
    return Stream.of(
        Arguments.of("RX1 sent", List.of(TxAckStatus.OK, TxAckStatus.IGNORED), TxAckStatus.OK, 0,
            868_100_000L),
        Arguments.of("RX1 too late, RX2 sent", List.of(TxAckStatus.TOO_LATE, TxAckStatus.OK),
            TxAckStatus.OK, 1, 869_525_000L),
        Arguments.of("both refused: the last status tried",
            List.of(TxAckStatus.TOO_LATE, TxAckStatus.COLLISION_PACKET),
            TxAckStatus.COLLISION_PACKET, -1, 868_100_000L),
        Arguments.of("RX1 refused, RX2 not tried", List.of(TxAckStatus.TX_FREQ,
            TxAckStatus.IGNORED), TxAckStatus.TX_FREQ, -1, 868_100_000L),
        Arguments.of("no items", List.of(), TxAckStatus.IGNORED, -1, 868_100_000L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acks")
  void records_the_outcome_of_a_tx_ack(String description, List<TxAckStatus> statuses,
      TxAckStatus expected, int sentItem, long frequency) {
    LoggedDownlink sent = LoggedDownlink.sent(T, DEV, frame(7, GW_A));
    LoggedDownlink acked = sent.withTxAck(new DownlinkTxAck(GW_A, 7,
        statuses.stream().map(DownlinkTxAckItem::of).toList()));
    assertEquals(expected, acked.txAckStatus());
    assertEquals(sentItem, acked.sentItem());
    assertEquals(frequency, acked.txInfo().frequencyHz());
    assertFalse(sent.acknowledged());
  }

  @Test
  void reads_the_message_type_from_the_mhdr() {
    assertEquals(MType.UNCONFIRMED_DATA_DOWN, LoggedDownlink.sent(T, DEV, frame(7, GW_A)).mType());
  }

  @Test
  void hands_out_copies_of_the_phy_payload() {
    LoggedDownlink d = LoggedDownlink.sent(T, DEV, frame(7, GW_A));
    d.phyPayload()[0] = 0;
    assertEquals(0x60, d.phyPayload()[0]);
  }

  @Test
  void refuses_an_empty_phy_payload_and_a_sent_item_out_of_range() {
    DownlinkFrameItem empty = new DownlinkFrameItem(new byte[0], Frames.tx(868_100_000, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new LoggedDownlink(T, DEV, 1, GW_A, List.of(empty), null, -1));
    List<DownlinkFrameItem> items = frame(7, GW_A).items();
    assertThrows(IllegalArgumentException.class,
        () -> new LoggedDownlink(T, DEV, 1, GW_A, items, TxAckStatus.OK, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new LoggedDownlink(T, DEV, 1, GW_A, List.of(), null, -1));
    assertFalse(Arrays.equals(new byte[0], items.get(0).phyPayload()));
  }
}
