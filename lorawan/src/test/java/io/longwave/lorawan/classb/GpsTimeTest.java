package io.longwave.lorawan.classb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GPS time conversions. The first five rows are the vectors of ChirpStack {@code
 * chirpstack/src/gpstime.rs} (also brocaar/chirpstack-network-server {@code internal/gps}); the
 * others are computed by hand from the leap-second table.
 */
class GpsTimeTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("the GPS epoch", "1980-01-06T00:00:00Z", Duration.ZERO),
        Arguments.of("2010 with 15 leap seconds", "2010-01-28T16:36:24Z", secs(948731799)),
        Arguments.of("2025 with 18 leap seconds", "2025-07-14T00:00:00Z", secs(1436486418)),
        Arguments.of("the second before the 2012 leap", "2012-06-30T23:59:59Z", secs(1025136014)),
        Arguments.of("the second after the 2012 leap", "2012-07-01T00:00:00Z", secs(1025136016)),
        Arguments.of("half a second before the 2012 leap", "2012-06-30T23:59:59.500Z",
            Duration.ofMillis(1025136014500L)),
        Arguments.of("the last second with 17", "2016-12-31T23:59:59Z", secs(1167264016)),
        Arguments.of("the first second with 18", "2017-01-01T00:00:00Z", secs(1167264018)),
        Arguments.of("before the first leap", "1981-06-30T23:59:59Z", secs(46828799)),
        Arguments.of("after the first leap", "1981-07-01T00:00:00Z", secs(46828801)),
        Arguments.of("2024 with nanoseconds", "2024-01-01T00:00:00.000000123Z",
            Duration.ofSeconds(1388102418, 123)),
        Arguments.of("before the epoch", "1980-01-05T23:59:59Z", secs(-1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts_utc_to_gps_time_and_back(String description, String utc, Duration gps) {
    Instant instant = Instant.parse(utc);
    assertEquals(gps, GpsTime.toGpsEpochTime(instant));
    assertEquals(instant, GpsTime.toInstant(gps));
  }

  /** GPS seconds of the inserted leap seconds (gpstimeutil.js, LIGO GPS_LEAPS). */
  static LongStream insertedLeapSeconds() {
    return LongStream.of(46828800, 78364801, 109900802, 173059203, 252028804, 315187205,
        346723206, 393984007, 425520008, 457056009, 504489610, 551750411, 599184012, 820108813,
        914803214, 1025136015, 1119744016, 1167264017);
  }

  @ParameterizedTest(name = "GPS {0}")
  @MethodSource("insertedLeapSeconds")
  void maps_an_inserted_leap_second_to_the_following_midnight(long gps) {
    Instant midnight = GpsTime.toInstant(secs(gps + 1));
    assertEquals(0, midnight.getEpochSecond() % 86400, "the next second starts a UTC day");
    assertEquals(midnight, GpsTime.toInstant(secs(gps)));
    assertEquals(midnight, GpsTime.toInstant(Duration.ofMillis(gps * 1000 + 999)));
    assertEquals(midnight.minusSeconds(1), GpsTime.toInstant(secs(gps - 1)));
  }

  @Test
  void keeps_the_leap_second_table_as_dated_data() {
    assertEquals(18, GpsTime.LEAP_SECONDS.size());
    assertEquals(new LeapSecond(LocalDate.of(1981, 7, 1), 1), GpsTime.LEAP_SECONDS.get(0));
    assertEquals(new LeapSecond(LocalDate.of(2017, 1, 1), 18), GpsTime.LEAP_SECONDS.get(17));
    assertEquals(18, GpsTime.leapSecondsAt(Instant.parse("2030-01-01T00:00:00Z")));
    assertEquals(17, GpsTime.leapSecondsAt(Instant.parse("2016-12-31T23:59:59.999Z")));
    assertEquals(0, GpsTime.leapSecondsAt(Instant.parse("1979-01-01T00:00:00Z")));
  }

  @Test
  void round_trips_every_hour_from_the_epoch_to_2040() {
    Instant end = Instant.parse("2040-01-01T00:00:00Z");
    for (Instant t = GpsTime.GPS_EPOCH; t.isBefore(end); t = t.plusSeconds(3607)) {
      Duration gps = GpsTime.toGpsEpochTime(t);
      assertEquals(t, GpsTime.toInstant(gps));
      long elapsed = t.getEpochSecond() - GpsTime.GPS_EPOCH.getEpochSecond();
      assertEquals(GpsTime.leapSecondsAt(t), gps.getSeconds() - elapsed);
    }
  }

  static Stream<Arguments> beaconStarts() {
    return Stream.of(
        Arguments.of("the epoch", Duration.ZERO, 0L),
        Arguments.of("the last millisecond of the first period", Duration.ofMillis(127999), 0L),
        Arguments.of("the start of the second period", secs(128), 128L),
        Arguments.of("2025-07-14 UTC midnight", secs(1436486418), 1436486400L),
        Arguments.of("a second before the epoch", secs(-1), -128L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beaconStarts")
  void finds_the_beacon_period_start(String description, Duration gps, long beaconTime) {
    assertEquals(beaconTime, GpsTime.beaconTimeSeconds(gps));
    assertEquals(secs(beaconTime), GpsTime.beaconStart(gps));
    assertEquals(secs(beaconTime + 128), GpsTime.nextBeaconStart(gps));
  }

  @Test
  void finds_the_beacon_period_of_a_utc_instant() {
    assertEquals(secs(1436486400), GpsTime.beaconStart(Instant.parse("2025-07-14T00:00:00Z")));
    assertEquals(secs(1436486528),
        GpsTime.beaconStart(Instant.parse("2025-07-14T00:00:00Z").plusSeconds(110)));
  }

  @Test
  void gives_the_beacon_time_field_modulo_two_to_the_32() {
    assertEquals(0L, GpsTime.beaconTimeField(1L << 32));
    assertEquals(128L, GpsTime.beaconTimeField((1L << 32) + 128));
    assertEquals(1436486400L, GpsTime.beaconTimeField(1436486400L));
  }

  @Test
  void converts_whole_gps_seconds() {
    assertEquals(5, GpsTime.gpsSeconds(Duration.ofMillis(5999)));
    assertEquals(-1, GpsTime.gpsSeconds(Duration.ofMillis(-1)));
    assertEquals(secs(42), GpsTime.ofGpsSeconds(42));
  }

  @Test
  void rejects_a_leap_second_entry_without_a_positive_offset() {
    assertThrows(LorawanFormatException.class, () -> new LeapSecond(LocalDate.of(2030, 1, 1), 0));
    assertThrows(LorawanFormatException.class, () -> new LeapSecond(null, 19));
  }

  private static Duration secs(long s) {
    return Duration.ofSeconds(s);
  }
}
