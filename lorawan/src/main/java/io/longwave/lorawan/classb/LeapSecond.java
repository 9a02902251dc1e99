package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One entry of the UTC leap-second table used for GPS time (LoRaWAN 1.0.4 §13.1 "GPS time"; IERS
 * Bulletin C): from 00:00:00 UTC of {@code effectiveDate} on, GPS time is ahead of UTC by {@code
 * gpsMinusUtcSeconds}. The leap second itself (23:59:60 UTC) was inserted at the end of the day
 * before.
 *
 * @param effectiveDate the UTC day from whose start the offset holds
 * @param gpsMinusUtcSeconds GPS − UTC in seconds from then on (positive)
 */
public record LeapSecond(LocalDate effectiveDate, int gpsMinusUtcSeconds) {

  /** Validates the entry. */
  public LeapSecond {
    if (effectiveDate == null) {
      throw new LorawanFormatException("a leap second needs its effective date");
    }
    if (gpsMinusUtcSeconds <= 0) {
      throw new LorawanFormatException(
          "GPS - UTC after a leap second is positive, got " + gpsMinusUtcSeconds);
    }
  }

  /** The UTC instant from which the offset holds, in seconds since 1970-01-01T00:00:00Z. */
  public long effectiveEpochSecond() {
    return effectiveDate.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }
}
