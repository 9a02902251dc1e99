package io.longwave.lorawan;

/**
 * LoRaWAN 1.0.4 §4.3.1.5 frame counters: only the 16 least significant bits of the 32-bit FCnt
 * travel in the FHDR; the receiver rebuilds the full value from the counter it expects next.
 * Counters are unsigned 32-bit values held in a {@code long} (0 to 4294967295). Stateless.
 */
public final class FrameCounter {

  /** The largest 32-bit counter value. */
  public static final long MAX = 0xffff_ffffL;

  private FrameCounter() {}

  /**
   * The first 32-bit value at or after {@code nextExpected} whose 16 low bits are {@code fCnt},
   * wrapping past {@link #MAX} to 0.
   *
   * @param nextExpected the full counter value expected next, 0 to {@link #MAX}
   * @param fCnt the 16 bits on air, 0 to 65535
   */
  public static long atOrAfter(long nextExpected, int fCnt) {
    check(nextExpected, fCnt);
    int gap = (fCnt - (int) nextExpected) & 0xffff;
    return (nextExpected + gap) & MAX;
  }

  /**
   * The full uplink counter as ChirpStack rebuilds it ({@code get_full_f_cnt_up}): the value just
   * before {@code nextExpected} when the 16 bits match it (a retransmission of the last frame),
   * otherwise {@link #atOrAfter}.
   */
  public static long fullFCntUp(long nextExpected, int fCnt) {
    check(nextExpected, fCnt);
    long previous = (nextExpected - 1) & MAX;
    if ((previous & 0xffff) == fCnt) {
      return previous;
    }
    return atOrAfter(nextExpected, fCnt);
  }

  private static void check(long nextExpected, int fCnt) {
    if (nextExpected < 0 || nextExpected > MAX) {
      throw new IllegalArgumentException("a frame counter has 32 bits, got " + nextExpected);
    }
    if (fCnt < 0 || fCnt > 0xffff) {
      throw new IllegalArgumentException("FCnt on air has 16 bits, got " + fCnt);
    }
  }
}
