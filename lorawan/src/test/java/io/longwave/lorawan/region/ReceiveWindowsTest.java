package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RX1 and RX2 (RP002-1.0.3 §2.x.7, §2.x.8). AS923 rows are ChirpStack lrwn as923.rs
 * test_get_rx1_dr_dwell_time / no_dwell_time; frequency rows from us915.rs, au915.rs, cn470.rs.
 */
class ReceiveWindowsTest {

  private static final DwellTime NO = DwellTime.NO_LIMIT;
  private static final DwellTime DWELL = DwellTime.LIMIT_400_MS;

  static Stream<Arguments> rx1DataRates() {
    return Stream.of(
        // region, uplink DR, RX1DROffset, downlink dwell, RX1 DR
        Arguments.of(RegionId.EU868, 5, 0, NO, 5),
        Arguments.of(RegionId.EU868, 5, 5, NO, 0),
        Arguments.of(RegionId.EU868, 3, 4, NO, 0),
        Arguments.of(RegionId.EU868, 7, 2, NO, 5),
        Arguments.of(RegionId.EU868, 8, 0, NO, 1),
        Arguments.of(RegionId.EU868, 9, 1, NO, 1),
        Arguments.of(RegionId.EU868, 11, 0, NO, 2),
        Arguments.of(RegionId.US915, 0, 0, NO, 10),
        Arguments.of(RegionId.US915, 0, 3, NO, 8),
        Arguments.of(RegionId.US915, 3, 0, NO, 13),
        Arguments.of(RegionId.US915, 4, 0, NO, 13),
        Arguments.of(RegionId.US915, 4, 3, NO, 11),
        Arguments.of(RegionId.US915, 5, 0, NO, 10),
        Arguments.of(RegionId.US915, 6, 1, NO, 10),
        Arguments.of(RegionId.AU915, 0, 0, NO, 8),
        Arguments.of(RegionId.AU915, 5, 0, NO, 13),
        Arguments.of(RegionId.AU915, 5, 5, NO, 8),
        Arguments.of(RegionId.AU915, 6, 0, NO, 13),
        Arguments.of(RegionId.AU915, 6, 5, NO, 9),
        Arguments.of(RegionId.AU915, 7, 0, NO, 9),
        Arguments.of(RegionId.AS923, 5, 0, DWELL, 5),
        Arguments.of(RegionId.AS923, 5, 1, DWELL, 4),
        Arguments.of(RegionId.AS923, 5, 2, DWELL, 3),
        Arguments.of(RegionId.AS923, 5, 3, DWELL, 2),
        Arguments.of(RegionId.AS923, 5, 4, DWELL, 2),
        Arguments.of(RegionId.AS923, 5, 5, DWELL, 2),
        Arguments.of(RegionId.AS923, 5, 6, DWELL, 5),
        Arguments.of(RegionId.AS923, 5, 7, DWELL, 5),
        Arguments.of(RegionId.AS923, 2, 6, DWELL, 3),
        Arguments.of(RegionId.AS923, 2, 7, DWELL, 4),
        Arguments.of(RegionId.AS923, 5, 0, NO, 5),
        Arguments.of(RegionId.AS923, 5, 1, NO, 4),
        Arguments.of(RegionId.AS923, 5, 2, NO, 3),
        Arguments.of(RegionId.AS923, 5, 3, NO, 2),
        Arguments.of(RegionId.AS923, 5, 4, NO, 1),
        Arguments.of(RegionId.AS923, 5, 5, NO, 0),
        Arguments.of(RegionId.AS923, 5, 6, NO, 5),
        Arguments.of(RegionId.AS923, 5, 7, NO, 5),
        Arguments.of(RegionId.AS923_2, 2, 6, NO, 3),
        Arguments.of(RegionId.AS923_4, 2, 7, NO, 4),
        Arguments.of(RegionId.AS923, 0, 0, DWELL, 2),
        Arguments.of(RegionId.IN865, 0, 7, NO, 2),
        Arguments.of(RegionId.IN865, 3, 7, NO, 5),
        Arguments.of(RegionId.IN865, 5, 6, NO, 5),
        Arguments.of(RegionId.IN865, 7, 1, NO, 6),
        Arguments.of(RegionId.IN865, 7, 6, NO, 7),
        Arguments.of(RegionId.KR920, 5, 3, NO, 2),
        Arguments.of(RegionId.CN470, 4, 2, NO, 2),
        Arguments.of(RegionId.RU864, 2, 5, NO, 0),
        Arguments.of(RegionId.EU433, 6, 1, NO, 5),
        Arguments.of(RegionId.CN779, 7, 0, NO, 7));
  }

  @ParameterizedTest(name = "{0} uplink DR{1} offset {2} {3} -> RX1 DR{4}")
  @MethodSource("rx1DataRates")
  void gives_the_rx1_data_rate_table(
      RegionId id, int uplinkDr, int offset, DwellTime dwell, int rx1Dr) {
    assertEquals(rx1Dr, Regions.get(id).rx1DataRate(uplinkDr, offset, dwell));
  }

  static Stream<Arguments> maxOffsets() {
    return Stream.of(
        Arguments.of(RegionId.EU868, 5),
        Arguments.of(RegionId.US915, 3),
        Arguments.of(RegionId.AU915, 5),
        Arguments.of(RegionId.AS923, 7),
        Arguments.of(RegionId.IN865, 7),
        Arguments.of(RegionId.KR920, 5));
  }

  @ParameterizedTest(name = "{0} RX1DROffset up to {1}")
  @MethodSource("maxOffsets")
  void rejects_rx1_offsets_beyond_the_band_table(RegionId id, int max) {
    Region r = Regions.get(id);
    assertEquals(max, r.maxRx1DrOffset());
    int dr = r.dataRates().get(0).index();
    var e = assertThrows(LorawanFormatException.class, () -> r.rx1DataRate(dr, max + 1, NO));
    assertEquals(true, e.getMessage().contains("RX1DROffset"), e.getMessage());
  }

  @Test
  void rejects_an_rx1_data_rate_for_a_downlink_only_or_undefined_uplink_dr() {
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.US915).rx1DataRate(8, 0, NO));
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.IN865).rx1DataRate(6, 0, NO));
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.EU868).rx1DataRate(-1, 0, NO));
  }

  static Stream<Arguments> rx1Frequencies() {
    return Stream.of(
        Arguments.of(RegionId.EU868, 868100000L, 868100000L),
        Arguments.of(RegionId.EU868, 867500000L, 867500000L),
        Arguments.of(RegionId.AS923, 923200000L, 923200000L),
        Arguments.of(RegionId.IN865, 866550000L, 866550000L),
        Arguments.of(RegionId.US915, 902300000L, 923300000L),
        Arguments.of(RegionId.US915, 914900000L, 927500000L),
        Arguments.of(RegionId.US915, 903000000L, 923300000L),
        Arguments.of(RegionId.US915, 904600000L, 923900000L),
        Arguments.of(RegionId.US915, 903900000L, 923300000L),
        Arguments.of(RegionId.AU915, 915900000L, 923300000L),
        Arguments.of(RegionId.AU915, 915200000L, 923300000L),
        Arguments.of(RegionId.AU915, 916600000L, 927500000L),
        Arguments.of(RegionId.CN470, 470300000L, 500300000L),
        Arguments.of(RegionId.CN470, 489300000L, 509700000L),
        Arguments.of(RegionId.CN470, 479900000L, 500300000L));
  }

  @ParameterizedTest(name = "{0} uplink {1} Hz -> RX1 {2} Hz")
  @MethodSource("rx1Frequencies")
  void gives_the_rx1_frequency_for_an_uplink_frequency(RegionId id, long uplink, long rx1) {
    assertEquals(rx1, Regions.get(id).rx1FrequencyHz(uplink));
  }

  @Test
  void rejects_an_uplink_frequency_off_the_fixed_grid() {
    var e =
        assertThrows(
            LorawanFormatException.class,
            () -> Regions.get(RegionId.US915).rx1FrequencyHz(868100000L));
    assertEquals(true, e.getMessage().contains("868100000"), e.getMessage());
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.US915).rx1FrequencyHz(902400000L));
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.AU915).rx1FrequencyHz(928000000L));
  }

  static Stream<Arguments> rx2Defaults() {
    return Stream.of(
        Arguments.of(RegionId.EU868, 869525000L, 0),
        Arguments.of(RegionId.US915, 923300000L, 8),
        Arguments.of(RegionId.AU915, 923300000L, 8),
        Arguments.of(RegionId.AS923, 923200000L, 2),
        Arguments.of(RegionId.AS923_2, 921400000L, 2),
        Arguments.of(RegionId.AS923_3, 916600000L, 2),
        Arguments.of(RegionId.AS923_4, 917300000L, 2),
        Arguments.of(RegionId.CN470, 505300000L, 0),
        Arguments.of(RegionId.IN865, 866550000L, 2),
        Arguments.of(RegionId.KR920, 921900000L, 0),
        Arguments.of(RegionId.RU864, 869100000L, 0),
        Arguments.of(RegionId.EU433, 434665000L, 0),
        Arguments.of(RegionId.CN779, 786000000L, 0));
  }

  @ParameterizedTest(name = "{0} RX2 {1} Hz DR{2}")
  @MethodSource("rx2Defaults")
  void gives_the_default_rx2_frequency_and_data_rate(RegionId id, long frequency, int dr) {
    Region r = Regions.get(id);
    assertEquals(frequency, r.rx2FrequencyHz());
    assertEquals(dr, r.rx2DataRate());
    r.dataRate(dr);
  }

  @Test
  void uses_the_lorawan_default_delays_and_counters_in_every_band() {
    for (RegionId id : RegionId.values()) {
      Region r = Regions.get(id);
      assertEquals(Duration.ofSeconds(1), r.receiveDelay1());
      assertEquals(Duration.ofSeconds(2), r.receiveDelay2());
      assertEquals(Duration.ofSeconds(5), r.joinAcceptDelay1());
      assertEquals(Duration.ofSeconds(6), r.joinAcceptDelay2());
      assertEquals(16384, r.maxFCntGap());
      assertEquals(64, r.adrAckLimit());
      assertEquals(32, r.adrAckDelay());
    }
  }
}
