package io.longwave.session;

import io.longwave.lorawan.FrameCounter;

/**
 * The uplink frame-counter rule (LoRaWAN 1.0.4 §4.3.1.5, 1.1 §4.3.1.5) with ChirpStack's
 * semantics ({@code storage::device::get_for_phypayload_and_incr_f_cnt_up}): a counter at or
 * after the one expected is accepted; with skip-FCnt-check any counter is; the counter just
 * before the expected one is a retransmission of the last frame; anything lower is a replay or a
 * counter reset. Counters are unsigned 32-bit values in a {@code long}; the expected value may be
 * {@code 2^32} once the last counter value was used, and then nothing is accepted any more unless
 * the check is skipped. Stateless.
 */
public final class FrameCounterValidation {

  /** What an uplink's counter means for the session. */
  public enum Status {
    /** A new frame: the session's FCntUp becomes fCnt + 1. */
    OK,
    /** The last frame again (the counter did not increment). */
    RETRANSMISSION,
    /** Lower than expected: a replay, or a device that reset its counter. */
    RESET
  }

  private FrameCounterValidation() {}

  /**
   * Validates the full counter of an uplink whose MIC matched.
   *
   * @param nextExpected the session's FCntUp (the next counter expected)
   * @param fullFCnt the uplink's full 32-bit counter
   * @param skipFCntCheck the device may reuse counters (it resets them)
   */
  public static Status validate(long nextExpected, long fullFCnt, boolean skipFCntCheck) {
    if (fullFCnt >= nextExpected || skipFCntCheck) {
      return Status.OK;
    }
    return fullFCnt == nextExpected - 1 ? Status.RETRANSMISSION : Status.RESET;
  }

  /**
   * Validates the counter of an uplink whose first attempt to claim it lost against a concurrent
   * save: a copy of the frame that was just accepted is a retransmission even when counters are
   * not checked, so that one uplink never reaches the application twice.
   */
  public static Status validateAfterConcurrentSave(
      long nextExpected, long fullFCnt, boolean skipFCntCheck) {
    if (fullFCnt == nextExpected - 1) {
      return Status.RETRANSMISSION;
    }
    return validate(nextExpected, fullFCnt, skipFCntCheck);
  }

  /**
   * The value to rebuild a full counter from: the session's FCntUp, held below {@code 2^32} when
   * the last counter value has been used.
   */
  public static long reconstructionBase(long nextExpected) {
    return Math.min(Math.max(nextExpected, 0), FrameCounter.MAX);
  }
}
