package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;

/**
 * Class B timing (LoRaWAN 1.0.4 §13 Class B, §14 beacon): the 128 s beacon period, the 2.12 s
 * beacon-reserved interval, the 122.88 s beacon window of 4096 ping slots of 30 ms, and the ping
 * period for a number of ping slots per beacon period. The pseudo-random pingOffset (AES of the
 * beacon time and DevAddr) is computed by the crypto package.
 */
public final class ClassB {

  /** BEACON_PERIOD: 128 s. */
  public static final Duration BEACON_PERIOD = Duration.ofSeconds(128);

  /** BEACON_RESERVED: 2.120 s after the beacon start, before the first ping slot. */
  public static final Duration BEACON_RESERVED = Duration.ofMillis(2120);

  /** BEACON_GUARD: 3 s before the next beacon, with no ping slot. */
  public static final Duration BEACON_GUARD = Duration.ofSeconds(3);

  /** BEACON_WINDOW: 122.88 s holding the ping slots. */
  public static final Duration BEACON_WINDOW = Duration.ofMillis(122880);

  /** The length of one ping slot: 30 ms. */
  public static final Duration PING_SLOT_LENGTH = Duration.ofMillis(30);

  /** Ping slots in one beacon window: 2^12. */
  public static final int PING_SLOTS = 4096;

  private ClassB() {}

  /**
   * pingNb from the PingSlotInfoReq periodicity (0 to 7): {@code 2^(7 - periodicity)}.
   *
   * @throws LorawanFormatException outside 0..7
   */
  public static int pingNb(int periodicity) {
    if (periodicity < 0 || periodicity > 7) {
      throw new LorawanFormatException("a ping-slot periodicity is 0 to 7, got " + periodicity);
    }
    return 1 << (7 - periodicity);
  }

  /**
   * pingPeriod in slots: {@code 2^12 / pingNb}.
   *
   * @param pingNb ping slots per beacon period, a power of two from 1 to 128
   * @throws LorawanFormatException when pingNb is not one of those
   */
  public static int pingPeriod(int pingNb) {
    if (pingNb < 1 || pingNb > 128 || Integer.bitCount(pingNb) != 1) {
      throw new LorawanFormatException("pingNb is a power of two from 1 to 128, got " + pingNb);
    }
    return PING_SLOTS / pingNb;
  }

  /**
   * The start of ping slot {@code n} (0 to pingNb - 1) after the beacon start: BEACON_RESERVED +
   * (pingOffset + n * pingPeriod) * 30 ms.
   *
   * @param pingOffset 0 to pingPeriod - 1, from the crypto package
   */
  public static Duration pingSlotStart(int pingNb, int pingOffset, int n) {
    int period = pingPeriod(pingNb);
    if (pingOffset < 0 || pingOffset >= period || n < 0 || n >= pingNb) {
      throw new LorawanFormatException(
          "pingOffset must be 0 to "
              + (period - 1)
              + " and the slot 0 to "
              + (pingNb - 1)
              + ", got "
              + pingOffset
              + " and "
              + n);
    }
    return BEACON_RESERVED.plus(PING_SLOT_LENGTH.multipliedBy(pingOffset + (long) n * period));
  }
}
