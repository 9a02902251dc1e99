package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 32-bit FCnt reconstruction (LoRaWAN 1.0.4 §4.3.1.5). Rows {next expected, 16 bits on air,
 * result} from ChirpStack's {@code test_get_full_f_cnt_up}, plus rollover cases.
 */
class FrameCounterTest {

  static Stream<Arguments> chirpstackRows() {
    return Stream.of(
        Arguments.of("as expected", 1L, 1, 1L),
        Arguments.of("as expected at 2^16", 1L << 16, 0, 1L << 16),
        Arguments.of("as expected after 2^16", (1L << 16) + 1, 1, (1L << 16) + 1),
        Arguments.of("one frame lost", 0L, 1, 1L),
        Arguments.of("one frame lost after 2^16", (1L << 16) + 1, 2, (1L << 16) + 2),
        Arguments.of("retransmission of the previous frame", 2L, 1, 1L),
        Arguments.of("retransmission across 2^16", (1L << 16) + 1, 0, 1L << 16),
        Arguments.of("retransmission just below 2^16", 1L << 16, 0xffff, (1L << 16) - 1),
        Arguments.of("32-bit rollover", 0xffff_ffffL, 0, 0L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chirpstackRows")
  void rebuilds_the_full_uplink_counter_as_chirpstack(
      String description, long nextExpected, int fCnt, long full) {
    assertEquals(full, FrameCounter.fullFCntUp(nextExpected, fCnt));
  }

  static Stream<Arguments> atOrAfterRows() {
    return Stream.of(
        Arguments.of("equal", 5L, 5, 5L),
        Arguments.of("gap within the same 2^16 block", 5L, 100, 100L),
        Arguments.of("16-bit rollover", 0xfff0L, 0x0002, 0x1_0002L),
        Arguments.of("one behind wraps a whole block forward", 2L, 1, 0x1_0001L),
        Arguments.of("32-bit rollover", 0xffff_fffeL, 1, 1L),
        Arguments.of("top of the range", 0xffff_0000L, 0xffff, 0xffff_ffffL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atOrAfterRows")
  void finds_the_next_value_with_the_same_low_bits(
      String description, long nextExpected, int fCnt, long full) {
    assertEquals(full, FrameCounter.atOrAfter(nextExpected, fCnt));
    assertEquals(fCnt, full & 0xffff);
  }

  @Test
  void rejects_counters_out_of_range() {
    assertThrows(IllegalArgumentException.class, () -> FrameCounter.atOrAfter(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> FrameCounter.atOrAfter(1L << 32, 0));
    assertThrows(IllegalArgumentException.class, () -> FrameCounter.fullFCntUp(0, 0x10000));
  }
}
