package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maximum payload sizes (RP002-1.0.3 §2.x.6), rows as in the tables of the specification and of
 * ChirpStack lrwn region/*.rs (latest revision).
 */
class MaxPayloadSizeTest {

  private static final DwellTime NO = DwellTime.NO_LIMIT;
  private static final DwellTime DWELL = DwellTime.LIMIT_400_MS;

  static Stream<Arguments> sizes() {
    return Stream.of(
        // region, DR, dwell, repeater, M, N
        Arguments.of(RegionId.EU868, 0, NO, false, 59, 51),
        Arguments.of(RegionId.EU868, 3, NO, false, 123, 115),
        Arguments.of(RegionId.EU868, 5, NO, false, 250, 242),
        Arguments.of(RegionId.EU868, 5, NO, true, 230, 222),
        Arguments.of(RegionId.EU868, 7, NO, true, 230, 222),
        Arguments.of(RegionId.EU868, 8, NO, false, 58, 50),
        Arguments.of(RegionId.EU868, 11, NO, false, 123, 115),
        Arguments.of(RegionId.EU868, 5, DWELL, false, 250, 242),
        Arguments.of(RegionId.US915, 0, NO, false, 19, 11),
        Arguments.of(RegionId.US915, 1, NO, false, 61, 53),
        Arguments.of(RegionId.US915, 2, NO, false, 133, 125),
        Arguments.of(RegionId.US915, 3, NO, false, 250, 242),
        Arguments.of(RegionId.US915, 4, NO, true, 230, 222),
        Arguments.of(RegionId.US915, 5, NO, false, 58, 50),
        Arguments.of(RegionId.US915, 6, NO, false, 133, 125),
        Arguments.of(RegionId.US915, 8, NO, false, 61, 53),
        Arguments.of(RegionId.US915, 9, NO, true, 137, 129),
        Arguments.of(RegionId.US915, 13, NO, false, 250, 242),
        Arguments.of(RegionId.US915, 13, NO, true, 230, 222),
        Arguments.of(RegionId.AU915, 0, NO, false, 59, 51),
        Arguments.of(RegionId.AU915, 3, NO, false, 123, 115),
        Arguments.of(RegionId.AU915, 6, NO, true, 230, 222),
        Arguments.of(RegionId.AU915, 7, NO, false, 58, 50),
        Arguments.of(RegionId.AU915, 2, DWELL, false, 19, 11),
        Arguments.of(RegionId.AU915, 3, DWELL, false, 61, 53),
        Arguments.of(RegionId.AU915, 4, DWELL, true, 133, 125),
        Arguments.of(RegionId.AU915, 5, DWELL, true, 230, 222),
        Arguments.of(RegionId.AU915, 9, DWELL, false, 137, 129),
        Arguments.of(RegionId.AS923, 0, NO, false, 59, 51),
        Arguments.of(RegionId.AS923, 2, NO, false, 123, 115),
        Arguments.of(RegionId.AS923, 4, NO, false, 250, 242),
        Arguments.of(RegionId.AS923, 4, NO, true, 230, 222),
        Arguments.of(RegionId.AS923, 2, DWELL, false, 19, 11),
        Arguments.of(RegionId.AS923_2, 3, DWELL, false, 61, 53),
        Arguments.of(RegionId.AS923_3, 4, DWELL, true, 133, 125),
        Arguments.of(RegionId.AS923_4, 5, DWELL, false, 250, 242),
        Arguments.of(RegionId.AS923_4, 7, DWELL, true, 230, 222),
        Arguments.of(RegionId.CN470, 3, NO, false, 123, 115),
        Arguments.of(RegionId.IN865, 7, NO, false, 250, 242),
        Arguments.of(RegionId.KR920, 2, NO, false, 59, 51),
        Arguments.of(RegionId.KR920, 5, NO, true, 230, 222),
        Arguments.of(RegionId.RU864, 6, NO, false, 250, 242),
        Arguments.of(RegionId.EU433, 3, NO, false, 123, 115),
        Arguments.of(RegionId.CN779, 4, NO, true, 230, 222));
  }

  @ParameterizedTest(name = "{0} DR{1} {2} repeater={3}: M={4} N={5}")
  @MethodSource("sizes")
  void gives_the_rp002_maximum_payload_sizes(
      RegionId id, int dr, DwellTime dwell, boolean repeater, int m, int n) {
    assertEquals(new MaxPayloadSize(m, n), Regions.get(id).maxPayloadSize(dr, dwell, repeater));
  }

  @Test
  void refuses_as923_and_au915_dr0_and_dr1_under_the_dwell_time() {
    for (RegionId id : new RegionId[] {RegionId.AS923, RegionId.AU915}) {
      for (int dr = 0; dr <= 1; dr++) {
        int d = dr;
        var e =
            assertThrows(
                LorawanFormatException.class,
                () -> Regions.get(id).maxPayloadSize(d, DWELL, false));
        assertTrue(e.getMessage().contains("dwell"), e.getMessage());
      }
    }
  }

  @Test
  void applies_dwell_tables_only_to_as923_and_au915() {
    assertTrue(Regions.get(RegionId.AS923_2).dwellTimeApplies());
    assertTrue(Regions.get(RegionId.AU915).dwellTimeApplies());
    assertFalse(Regions.get(RegionId.EU868).dwellTimeApplies());
    assertFalse(Regions.get(RegionId.US915).dwellTimeApplies());
    assertEquals(
        Regions.get(RegionId.US915).maxPayloadSize(0, NO, false),
        Regions.get(RegionId.US915).maxPayloadSize(0, DWELL, false));
  }

  @Test
  void rejects_undefined_data_rates() {
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.US915).maxPayloadSize(7, NO, false));
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.IN865).maxPayloadSize(6, NO, false));
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.KR920).maxPayloadSize(6, NO, false));
  }

  @Test
  void rejects_inconsistent_payload_sizes() {
    assertThrows(LorawanFormatException.class, () -> new MaxPayloadSize(59, 52));
    assertThrows(LorawanFormatException.class, () -> new MaxPayloadSize(251, 243));
  }
}
