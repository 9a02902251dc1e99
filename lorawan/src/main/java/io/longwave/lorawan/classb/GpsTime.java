package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.ClassB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * GPS time for Class B (LoRaWAN 1.0.4 §13 and LoRaWAN 1.1 §15 beaconing; DeviceTimeAns): the time
 * since the GPS epoch 1980-01-06T00:00:00Z, which does not stop for leap seconds, so it runs ahead
 * of UTC by the leap seconds inserted since then (18 s from 2017-01-01). Conversions in both
 * directions use {@link #LEAP_SECONDS}; the beacon period start is {@code floor(gpsSeconds / 128) *
 * 128}.
 *
 * <p>A UTC {@link Instant} has no 23:59:60, so the GPS second of an inserted leap second converts
 * to the 00:00:00 that follows it; every other GPS time converts back exactly. Times before the
 * epoch are negative durations with no leap seconds. The table stops at its last entry: a leap
 * second announced later must be added here. Stateless and thread-safe.
 */
public final class GpsTime {

  /** The GPS epoch, 1980-01-06T00:00:00Z. */
  public static final Instant GPS_EPOCH = Instant.parse("1980-01-06T00:00:00Z");

  /** Leap seconds inserted since the GPS epoch (IERS Bulletin C), oldest first. */
  public static final List<LeapSecond> LEAP_SECONDS =
      List.of(
          leap(1981, 7, 1, 1),
          leap(1982, 7, 1, 2),
          leap(1983, 7, 1, 3),
          leap(1985, 7, 1, 4),
          leap(1988, 1, 1, 5),
          leap(1990, 1, 1, 6),
          leap(1991, 1, 1, 7),
          leap(1992, 7, 1, 8),
          leap(1993, 7, 1, 9),
          leap(1994, 7, 1, 10),
          leap(1996, 1, 1, 11),
          leap(1997, 7, 1, 12),
          leap(1999, 1, 1, 13),
          leap(2006, 1, 1, 14),
          leap(2009, 1, 1, 15),
          leap(2012, 7, 1, 16),
          leap(2015, 7, 1, 17),
          leap(2017, 1, 1, 18));

  private static final long EPOCH_SECOND = GPS_EPOCH.getEpochSecond();
  private static final long BEACON_PERIOD_SECONDS = ClassB.BEACON_PERIOD.getSeconds();

  /** Per entry: effective UTC second since 1970, the same instant in GPS seconds, GPS − UTC. */
  private static final long[] UTC_SECOND = new long[LEAP_SECONDS.size()];

  private static final long[] GPS_SECOND = new long[LEAP_SECONDS.size()];
  private static final int[] OFFSET = new int[LEAP_SECONDS.size()];

  static {
    int previous = 0;
    for (int i = 0; i < OFFSET.length; i++) {
      LeapSecond ls = LEAP_SECONDS.get(i);
      if (ls.gpsMinusUtcSeconds() <= previous) {
        throw new IllegalStateException("leap-second table must increase at " + ls);
      }
      previous = ls.gpsMinusUtcSeconds();
      UTC_SECOND[i] = ls.effectiveEpochSecond();
      OFFSET[i] = previous;
      GPS_SECOND[i] = UTC_SECOND[i] - EPOCH_SECOND + previous;
    }
  }

  private GpsTime() {}

  private static LeapSecond leap(int year, int month, int day, int gpsMinusUtc) {
    return new LeapSecond(LocalDate.of(year, month, day), gpsMinusUtc);
  }

  /** GPS − UTC in seconds at the UTC instant {@code utc} (0 before the first leap second). */
  public static int leapSecondsAt(Instant utc) {
    Objects.requireNonNull(utc, "utc");
    long s = utc.getEpochSecond();
    for (int i = OFFSET.length - 1; i >= 0; i--) {
      if (s >= UTC_SECOND[i]) {
        return OFFSET[i];
      }
    }
    return 0;
  }

  /** The time since the GPS epoch of the UTC instant {@code utc}, leap seconds included. */
  public static Duration toGpsEpochTime(Instant utc) {
    int leap = leapSecondsAt(utc);
    return Duration.ofSeconds(utc.getEpochSecond() - EPOCH_SECOND + leap, utc.getNano());
  }

  /**
   * The UTC instant of a time since the GPS epoch. A time inside an inserted leap second gives the
   * 00:00:00 UTC that follows it.
   */
  public static Instant toInstant(Duration gpsEpochTime) {
    Objects.requireNonNull(gpsEpochTime, "gpsEpochTime");
    long g = gpsEpochTime.getSeconds();
    int nanos = gpsEpochTime.getNano();
    for (int i = OFFSET.length - 1; i >= 0; i--) {
      if (g >= GPS_SECOND[i]) {
        return Instant.ofEpochSecond(EPOCH_SECOND + g - OFFSET[i], nanos);
      }
      int inserted = OFFSET[i] - (i == 0 ? 0 : OFFSET[i - 1]);
      if (g >= GPS_SECOND[i] - inserted) {
        return Instant.ofEpochSecond(UTC_SECOND[i]);
      }
    }
    return Instant.ofEpochSecond(EPOCH_SECOND + g, nanos);
  }

  /** Whole GPS seconds of a time since the GPS epoch, rounded down (toward the past). */
  public static long gpsSeconds(Duration gpsEpochTime) {
    Objects.requireNonNull(gpsEpochTime, "gpsEpochTime");
    return gpsEpochTime.getSeconds(); // Duration keeps the nanos non-negative: this is a floor
  }

  /** The time since the GPS epoch of {@code seconds} whole GPS seconds. */
  public static Duration ofGpsSeconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  /**
   * beaconTime: the GPS second at which the beacon period holding {@code gpsEpochTime} starts,
   * {@code floor(gpsSeconds / 128) * 128}.
   */
  public static long beaconTimeSeconds(Duration gpsEpochTime) {
    return Math.floorDiv(gpsSeconds(gpsEpochTime), BEACON_PERIOD_SECONDS) * BEACON_PERIOD_SECONDS;
  }

  /** The start of the beacon period holding {@code gpsEpochTime}, as a time since the epoch. */
  public static Duration beaconStart(Duration gpsEpochTime) {
    return Duration.ofSeconds(beaconTimeSeconds(gpsEpochTime));
  }

  /** The start of the beacon period holding the UTC instant {@code utc}. */
  public static Duration beaconStart(Instant utc) {
    return beaconStart(toGpsEpochTime(utc));
  }

  /** The start of the first beacon period that begins strictly after {@code gpsEpochTime}. */
  public static Duration nextBeaconStart(Duration gpsEpochTime) {
    return beaconStart(gpsEpochTime).plus(ClassB.BEACON_PERIOD);
  }

  /**
   * The 4-byte beacon Time field for a beacon at {@code beaconTimeSeconds}: the GPS seconds modulo
   * 2^32.
   */
  public static long beaconTimeField(long beaconTimeSeconds) {
    return beaconTimeSeconds & 0xffff_ffffL;
  }

  /**
   * Checks that {@code seconds} lies in a 4-byte field.
   *
   * @throws LorawanFormatException outside 0 to 2^32 - 1
   */
  static long requireUnsigned32(long seconds, String what) {
    if (seconds < 0 || seconds > 0xffff_ffffL) {
      throw new LorawanFormatException(what + " is 0 to 4294967295 s, got " + seconds);
    }
    return seconds;
  }
}
