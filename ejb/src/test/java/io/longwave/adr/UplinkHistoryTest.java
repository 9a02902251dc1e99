package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UplinkHistoryTest {

  @Test
  void keeps_the_newest_twenty_uplinks_oldest_first() {
    UplinkHistory h = new UplinkHistory();
    for (int f = 0; f < 25; f++) {
      h.add(new UplinkMetrics(f, f, -100, 0, 1));
    }
    assertEquals(20, h.size());
    assertTrue(h.full());
    List<UplinkMetrics> e = h.entries();
    assertEquals(5, e.get(0).fCnt());
    assertEquals(24, e.get(19).fCnt());
  }

  @Test
  void a_retransmission_of_the_newest_uplink_keeps_the_best_reception() {
    UplinkHistory h = new UplinkHistory();
    h.add(new UplinkMetrics(7, -3.0, -110, 2, 1));
    h.add(new UplinkMetrics(8, -4.0, -112, 2, 1));
    h.add(new UplinkMetrics(8, 1.5, -115, 3, 2));
    h.add(new UplinkMetrics(8, 0.5, -105, 3, 1));
    assertEquals(
        List.of(new UplinkMetrics(7, -3.0, -110, 2, 1), new UplinkMetrics(8, 1.5, -105, 2, 2)),
        h.entries());
  }

  @Test
  void a_late_retransmission_of_an_older_uplink_merges_into_its_entry() {
    UplinkHistory h = UplinkHistory.of(Histories.withFCnts(1, 2, 3));
    h.add(new UplinkMetrics(2, 6.0, -90, 0, 3));
    assertEquals(
        List.of(
            new UplinkMetrics(1, 0, 0, 0, 1),
            new UplinkMetrics(2, 6.0, 0, 0, 3),
            new UplinkMetrics(3, 0, 0, 0, 1)),
        h.entries());
  }

  @Test
  void a_lower_frame_counter_restarts_the_history() {
    UplinkHistory h = UplinkHistory.of(Histories.withFCnts(100, 101, 102));
    h.add(new UplinkMetrics(0, 2.0, -100, 0, 1));
    assertEquals(List.of(new UplinkMetrics(0, 2.0, -100, 0, 1)), h.entries());
  }

  @Test
  void restores_the_newest_twenty_of_a_saved_history() {
    UplinkHistory h = UplinkHistory.of(Histories.consecutive(30, 0, 0, 0));
    assertEquals(20, h.size());
    assertEquals(10, h.entries().get(0).fCnt());
    h.clear();
    assertEquals(0, h.size());
    assertFalse(h.full());
  }

  @Test
  void entries_are_a_snapshot() {
    UplinkHistory h = UplinkHistory.of(Histories.withFCnts(1));
    List<UplinkMetrics> before = h.entries();
    h.add(new UplinkMetrics(2, 0, 0, 0, 1));
    assertEquals(1, before.size());
    assertThrows(
        UnsupportedOperationException.class, () -> before.add(new UplinkMetrics(3, 0, 0, 0, 1)));
  }

  static Stream<Arguments> packetLossTable() {
    // {description, history, expected loss %}
    return Stream.of(
        Arguments.of(
            "chirpstack: FCnt 0-4, 6-10, 12-21", Histories.chirpstackTenPercentLoss(), 10.0),
        Arguments.of(
            "v3: FCnt 9-30 without 13 and 19", Histories.chirpstackV3TenPercentLoss(), 10.0),
        Arguments.of("no gap", Histories.consecutive(20, 0, 0, 0), 0.0),
        Arguments.of("fewer than 20 uplinks count as no loss", Histories.withFCnts(0, 5, 10), 0.0),
        Arguments.of("one missing uplink is 5 %", withGapsAfter(1, 1), 5.0),
        Arguments.of("six missing uplinks are 30 %", withGapsAfter(1, 6), 30.0),
        Arguments.of("a counter that goes back counts as no loss", backwards(), 0.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packetLossTable")
  void computes_packet_loss_from_frame_counter_gaps(
      String description, List<UplinkMetrics> history, double expected) {
    assertEquals(expected, UplinkHistory.packetLossPercentage(history), 1e-9, description);
    assertEquals(expected, UplinkHistory.of(history).packetLossPercentage(), 1e-9, description);
  }

  /** 20 uplinks from FCnt 0 with {@code missing} counters skipped after {@code after}. */
  private static List<UplinkMetrics> withGapsAfter(int after, int missing) {
    long[] f = new long[20];
    for (int i = 0; i < 20; i++) {
      f[i] = i <= after ? i : i + missing;
    }
    return Histories.withFCnts(f);
  }

  private static List<UplinkMetrics> backwards() {
    long[] f = new long[20];
    for (int i = 0; i < 20; i++) {
      f[i] = i < 10 ? 100 + i : i - 10;
    }
    return Histories.withFCnts(f);
  }

  @Test
  void rejects_metrics_that_cannot_be_real() {
    assertThrows(IllegalArgumentException.class, () -> new UplinkMetrics(-1, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new UplinkMetrics(1L << 32, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new UplinkMetrics(0, Double.NaN, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new UplinkMetrics(0, 0, 0, 16, 1));
    assertThrows(IllegalArgumentException.class, () -> new UplinkMetrics(0, 0, 0, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> new UplinkHistory().add(null));
  }
}
