package io.longwave.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.session.FrameCounterValidation.Status;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCounterValidationTest {

  /** {description, next expected, full FCnt, skip, status, status after a concurrent save}. */
  static Stream<Arguments> counters() {
    return Stream.of(
        Arguments.of("the counter expected", 5L, 5L, false, Status.OK, Status.OK),
        Arguments.of("a counter after a gap", 5L, 100L, false, Status.OK, Status.OK),
        Arguments.of("the first counter of a session", 0L, 0L, false, Status.OK, Status.OK),
        Arguments.of("the last counter again", 6L, 5L, false, Status.RETRANSMISSION,
            Status.RETRANSMISSION),
        Arguments.of("an older counter", 10L, 3L, false, Status.RESET, Status.RESET),
        Arguments.of("an older counter, not checked", 10L, 3L, true, Status.OK, Status.OK),
        Arguments.of("the last counter again, not checked", 6L, 5L, true, Status.OK,
            Status.RETRANSMISSION),
        Arguments.of("anything after the last 32-bit value", 0x1_0000_0000L, 0xffff_fffeL, false,
            Status.RESET, Status.RESET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counters")
  void classifies_uplink_counters_as_chirpstack_does(
      String description, long expected, long fCnt, boolean skip, Status status, Status again) {
    assertEquals(status, FrameCounterValidation.validate(expected, fCnt, skip));
    assertEquals(again, FrameCounterValidation.validateAfterConcurrentSave(expected, fCnt, skip));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("bases")
  void keeps_the_reconstruction_base_within_32_bits(long fCntUp, long base) {
    assertEquals(base, FrameCounterValidation.reconstructionBase(fCntUp));
  }

  static Stream<Arguments> bases() {
    return Stream.of(
        Arguments.of(0L, 0L),
        Arguments.of(0x1_0000L, 0x1_0000L),
        Arguments.of(0xffff_ffffL, 0xffff_ffffL),
        Arguments.of(0x1_0000_0000L, 0xffff_ffffL));
  }
}
