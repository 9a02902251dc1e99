package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Data-rate tables of RP002-1.0.3 §2.x.3 and the reverse lookup from a received modulation. */
class DataRateTablesTest {

  private static LoraModulation lora(int sf, int bw) {
    return new LoraModulation(sf, bw);
  }

  private static LrFhssModulation lrFhss(LrFhssCodingRate cr, int ocw) {
    return new LrFhssModulation(cr, ocw);
  }

  static Stream<Arguments> dataRates() {
    LrFhssCodingRate cr13 = LrFhssCodingRate.CR_1_3;
    LrFhssCodingRate cr23 = LrFhssCodingRate.CR_2_3;
    return Stream.of(
        Arguments.of(RegionId.EU868, 0, lora(12, 125000), true, true),
        Arguments.of(RegionId.EU868, 5, lora(7, 125000), true, true),
        Arguments.of(RegionId.EU868, 6, lora(7, 250000), true, true),
        Arguments.of(RegionId.EU868, 7, new FskModulation(50000), true, true),
        Arguments.of(RegionId.EU868, 8, lrFhss(cr13, 137000), true, false),
        Arguments.of(RegionId.EU868, 9, lrFhss(cr23, 137000), true, false),
        Arguments.of(RegionId.EU868, 10, lrFhss(cr13, 336000), true, false),
        Arguments.of(RegionId.EU868, 11, lrFhss(cr23, 336000), true, false),
        Arguments.of(RegionId.US915, 0, lora(10, 125000), true, false),
        Arguments.of(RegionId.US915, 3, lora(7, 125000), true, false),
        Arguments.of(RegionId.US915, 4, lora(8, 500000), true, false),
        Arguments.of(RegionId.US915, 5, lrFhss(cr13, 1523000), true, false),
        Arguments.of(RegionId.US915, 6, lrFhss(cr23, 1523000), true, false),
        Arguments.of(RegionId.US915, 8, lora(12, 500000), false, true),
        Arguments.of(RegionId.US915, 13, lora(7, 500000), false, true),
        Arguments.of(RegionId.AU915, 0, lora(12, 125000), true, false),
        Arguments.of(RegionId.AU915, 5, lora(7, 125000), true, false),
        Arguments.of(RegionId.AU915, 6, lora(8, 500000), true, false),
        Arguments.of(RegionId.AU915, 7, lrFhss(cr13, 1523000), true, false),
        Arguments.of(RegionId.AU915, 8, lora(12, 500000), false, true),
        Arguments.of(RegionId.AU915, 13, lora(7, 500000), false, true),
        Arguments.of(RegionId.AS923, 6, lora(7, 250000), true, true),
        Arguments.of(RegionId.AS923_3, 7, new FskModulation(50000), true, true),
        Arguments.of(RegionId.CN470, 6, lora(7, 500000), true, true),
        Arguments.of(RegionId.CN470, 7, new FskModulation(50000), true, true),
        Arguments.of(RegionId.IN865, 7, new FskModulation(50000), true, true),
        Arguments.of(RegionId.KR920, 5, lora(7, 125000), true, true),
        Arguments.of(RegionId.RU864, 6, lora(7, 250000), true, true),
        Arguments.of(RegionId.EU433, 0, lora(12, 125000), true, true),
        Arguments.of(RegionId.CN779, 7, new FskModulation(50000), true, true));
  }

  @ParameterizedTest(name = "{0} DR{1} is {2}")
  @MethodSource("dataRates")
  void maps_data_rate_index_to_modulation_and_back(
      RegionId id, int dr, Modulation modulation, boolean uplink, boolean downlink) {
    Region region = Regions.get(id);
    assertEquals(new DataRate(dr, modulation, uplink, downlink), region.dataRate(dr));
    if (uplink) {
      assertEquals(dr, region.uplinkDataRateIndex(modulation));
    }
    if (downlink) {
      assertEquals(dr, region.downlinkDataRateIndex(modulation));
    }
  }

  static Stream<Arguments> definedCounts() {
    return Stream.of(
        Arguments.of(RegionId.EU868, 12),
        Arguments.of(RegionId.US915, 13),
        Arguments.of(RegionId.AU915, 14),
        Arguments.of(RegionId.AS923, 8),
        Arguments.of(RegionId.CN470, 8),
        Arguments.of(RegionId.IN865, 7),
        Arguments.of(RegionId.KR920, 6),
        Arguments.of(RegionId.RU864, 8),
        Arguments.of(RegionId.EU433, 8),
        Arguments.of(RegionId.CN779, 8));
  }

  @ParameterizedTest(name = "{0} defines {1} data rates")
  @MethodSource("definedCounts")
  void lists_only_defined_data_rates_in_index_order(RegionId id, int count) {
    var rates = Regions.get(id).dataRates();
    assertEquals(count, rates.size());
    for (int i = 1; i < rates.size(); i++) {
      assertTrue(rates.get(i - 1).index() < rates.get(i).index());
    }
  }

  @Test
  void separates_us915_uplink_and_downlink_for_the_same_modulation() {
    Region us = Regions.get(RegionId.US915);
    assertEquals(4, us.uplinkDataRateIndex(lora(8, 500000)));
    assertEquals(12, us.downlinkDataRateIndex(lora(8, 500000)));
  }

  @Test
  void rejects_a_modulation_the_band_does_not_define() {
    Region eu = Regions.get(RegionId.EU868);
    var e =
        assertThrows(LorawanFormatException.class, () -> eu.uplinkDataRateIndex(lora(7, 500000)));
    assertTrue(e.getMessage().contains("EU868"), e.getMessage());
    assertThrows(
        LorawanFormatException.class,
        () -> eu.downlinkDataRateIndex(lrFhss(LrFhssCodingRate.CR_1_3, 137000)));
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.US915).uplinkDataRateIndex(lora(12, 500000)));
  }

  @Test
  void rejects_undefined_and_out_of_range_data_rate_indices() {
    assertThrows(LorawanFormatException.class, () -> Regions.get(RegionId.US915).dataRate(7));
    assertThrows(LorawanFormatException.class, () -> Regions.get(RegionId.IN865).dataRate(6));
    assertThrows(LorawanFormatException.class, () -> Regions.get(RegionId.EU868).dataRate(16));
    assertThrows(LorawanFormatException.class, () -> Regions.get(RegionId.EU868).dataRate(-1));
  }

  @Test
  void rejects_invalid_modulation_values() {
    assertThrows(LorawanFormatException.class, () -> new LoraModulation(13, 125000));
    assertThrows(LorawanFormatException.class, () -> new LoraModulation(7, 0));
    assertThrows(LorawanFormatException.class, () -> new FskModulation(0));
    assertThrows(LorawanFormatException.class, () -> new LrFhssModulation(null, 137000));
  }

  @Test
  void parses_lr_fhss_coding_rates_in_both_spellings() {
    assertEquals(LrFhssCodingRate.CR_1_3, LrFhssCodingRate.parse("2/6"));
    assertEquals(LrFhssCodingRate.CR_1_3, LrFhssCodingRate.parse("1/3"));
    assertEquals(LrFhssCodingRate.CR_2_3, LrFhssCodingRate.parse("4/6"));
    assertThrows(LorawanFormatException.class, () -> LrFhssCodingRate.parse("4/5"));
    assertThrows(LorawanFormatException.class, () -> LrFhssCodingRate.parse(null));
  }

  @Test
  void looks_up_every_region_by_id_and_name() {
    for (RegionId id : RegionId.values()) {
      assertEquals(id, Regions.get(id).id());
      assertEquals(id, RegionId.parse(id.name()));
      assertEquals(id, RegionId.parse(id.commonName().toLowerCase()));
    }
    assertEquals(RegionId.AS923, RegionId.parse("AS923"));
    assertThrows(LorawanFormatException.class, () -> RegionId.parse("EU869"));
    assertThrows(LorawanFormatException.class, () -> Regions.get(null));
  }
}
