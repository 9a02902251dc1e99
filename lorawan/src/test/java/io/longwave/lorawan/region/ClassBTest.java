package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Class B beacon and ping-slot defaults (RP002-1.0.3 §2.x.9, LoRaWAN 1.0.4 §13). Ping-slot rows use
 * the vector of ChirpStack lrwn region tests (DevAddr 0314cf36, beacon time 334382 h 52 min 44 s).
 */
class ClassBTest {

  private static final DevAddr DEV_ADDR = DevAddr.parse("0314cf36");
  private static final long BEACON_TIME = 334382L * 3600 + 52 * 60 + 44;

  static Stream<Arguments> pingSlots() {
    return Stream.of(
        Arguments.of(RegionId.US915, 925700000L, 8),
        Arguments.of(RegionId.AU915, 925700000L, 8),
        Arguments.of(RegionId.CN470, 509100000L, 2),
        Arguments.of(RegionId.IN865, 866550000L, 4),
        Arguments.of(RegionId.EU868, 869525000L, 3),
        Arguments.of(RegionId.AS923, 923400000L, 3),
        Arguments.of(RegionId.AS923_2, 921600000L, 3),
        Arguments.of(RegionId.AS923_3, 916800000L, 3),
        Arguments.of(RegionId.AS923_4, 917500000L, 3),
        Arguments.of(RegionId.KR920, 923100000L, 3),
        Arguments.of(RegionId.RU864, 868900000L, 3),
        Arguments.of(RegionId.EU433, 434665000L, 3),
        Arguments.of(RegionId.CN779, 785000000L, 3));
  }

  @ParameterizedTest(name = "{0} ping slot {1} Hz DR{2}")
  @MethodSource("pingSlots")
  void gives_the_default_ping_slot_channel(RegionId id, long frequency, int dr) {
    Region r = Regions.get(id);
    assertEquals(frequency, r.pingSlotFrequencyHz(DEV_ADDR, BEACON_TIME));
    assertEquals(dr, r.pingSlotDataRate());
  }

  static Stream<Arguments> beacons() {
    return Stream.of(
        Arguments.of(RegionId.US915, 0L, 923300000L),
        Arguments.of(RegionId.US915, 127L, 923300000L),
        Arguments.of(RegionId.US915, 128L, 923900000L),
        Arguments.of(RegionId.US915, 7 * 128L, 927500000L),
        Arguments.of(RegionId.US915, 8 * 128L, 923300000L),
        Arguments.of(RegionId.US915, BEACON_TIME, 926900000L),
        Arguments.of(RegionId.AU915, 3 * 128L, 925100000L),
        Arguments.of(RegionId.CN470, 0L, 508300000L),
        Arguments.of(RegionId.CN470, 5 * 128L, 509300000L),
        Arguments.of(RegionId.EU868, BEACON_TIME, 869525000L),
        Arguments.of(RegionId.AS923_2, 0L, 921600000L),
        Arguments.of(RegionId.KR920, 0L, 923100000L),
        Arguments.of(RegionId.RU864, 0L, 869100000L),
        Arguments.of(RegionId.IN865, 0L, 866550000L));
  }

  @ParameterizedTest(name = "{0} beacon at {1} s on {2} Hz")
  @MethodSource("beacons")
  void hops_the_beacon_over_eight_channels_in_fixed_plans(RegionId id, long time, long hz) {
    assertEquals(hz, Regions.get(id).beaconFrequencyHz(time));
  }

  static Stream<Arguments> beaconDataRates() {
    return Stream.of(
        Arguments.of(RegionId.EU868, 3),
        Arguments.of(RegionId.US915, 8),
        Arguments.of(RegionId.AU915, 8),
        Arguments.of(RegionId.CN470, 2),
        Arguments.of(RegionId.AS923, 3),
        Arguments.of(RegionId.IN865, 4),
        Arguments.of(RegionId.KR920, 3));
  }

  @ParameterizedTest(name = "{0} beacon DR{1}")
  @MethodSource("beaconDataRates")
  void gives_the_beacon_data_rate(RegionId id, int dr) {
    assertEquals(dr, Regions.get(id).beaconDataRate());
  }

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(0, 128, 32),
        Arguments.of(1, 64, 64),
        Arguments.of(5, 4, 1024),
        Arguments.of(7, 1, 4096));
  }

  @ParameterizedTest(name = "periodicity {0}: pingNb {1}, pingPeriod {2}")
  @MethodSource("periods")
  void derives_ping_nb_and_ping_period(int periodicity, int pingNb, int pingPeriod) {
    assertEquals(pingNb, ClassB.pingNb(periodicity));
    assertEquals(pingPeriod, ClassB.pingPeriod(pingNb));
  }

  @Test
  void places_ping_slots_after_the_beacon_reserved_time() {
    assertEquals(Duration.ofMillis(2120), ClassB.pingSlotStart(1, 0, 0));
    assertEquals(Duration.ofMillis(2120 + 30 * 4095), ClassB.pingSlotStart(1, 4095, 0));
    assertEquals(Duration.ofMillis(2120 + 30 * (7 + 3 * 32)), ClassB.pingSlotStart(128, 7, 3));
    assertEquals(Duration.ofSeconds(128), ClassB.BEACON_PERIOD);
    assertEquals(
        ClassB.BEACON_PERIOD,
        ClassB.BEACON_RESERVED.plus(ClassB.BEACON_WINDOW).plus(ClassB.BEACON_GUARD));
    assertEquals(ClassB.BEACON_WINDOW, ClassB.PING_SLOT_LENGTH.multipliedBy(ClassB.PING_SLOTS));
  }

  @Test
  void rejects_invalid_class_b_parameters() {
    assertThrows(LorawanFormatException.class, () -> ClassB.pingNb(8));
    assertThrows(LorawanFormatException.class, () -> ClassB.pingPeriod(3));
    assertThrows(LorawanFormatException.class, () -> ClassB.pingPeriod(256));
    assertThrows(LorawanFormatException.class, () -> ClassB.pingSlotStart(4, 1024, 0));
    assertThrows(LorawanFormatException.class, () -> ClassB.pingSlotStart(4, 0, 4));
  }
}
