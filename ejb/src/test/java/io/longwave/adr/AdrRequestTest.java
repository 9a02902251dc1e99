package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdrRequestTest {

  private static final Region EU868 = Regions.get(RegionId.EU868);
  private static final Region US915 = Regions.get(RegionId.US915);

  @Test
  void the_builder_fills_chirpstack_defaults_from_the_region() {
    AdrRequest r = AdrRequest.builder(EU868).build();
    assertTrue(r.adr());
    assertEquals(0, r.dr());
    assertEquals(0, r.txPowerIndex());
    assertEquals(1, r.nbTrans());
    assertEquals(EU868.maxTxPowerIndex(), r.maxTxPowerIndex());
    assertEquals(-20.0, r.requiredSnrForDr());
    assertEquals(10.0, r.installationMarginDb());
    assertEquals(0, r.minDr());
    assertEquals(5, r.maxDr());
    assertEquals(0x3F, r.enabledUplinkDataRates());
    assertEquals(List.of(), r.uplinkHistory());
    assertFalse(r.skipFCntCheck());
  }

  @Test
  void default_uplink_data_rates_come_from_the_default_channels() {
    assertEquals(0x3F, AdrRequest.defaultUplinkDataRates(EU868));
    // US915 channels 0-63 carry DR0-3, channels 64-71 DR4 and the LR-FHSS DR5-6.
    assertEquals(0x7F, AdrRequest.defaultUplinkDataRates(US915));
    assertEquals(0b1100_0000_0011, AdrRequest.dataRates(0, 1, 10, 11));
    AdrRequest r = AdrRequest.builder(EU868).enabledUplinkDataRates(0x0C03).build();
    assertTrue(r.uplinkDataRateEnabled(11));
    assertFalse(r.uplinkDataRateEnabled(5));
    assertFalse(r.uplinkDataRateEnabled(16));
    assertEquals(11, r.maxDr());
  }

  @Test
  void the_required_snr_follows_the_data_rate_unless_set() {
    assertEquals(-7.5, AdrRequest.builder(EU868).dr(5).build().requiredSnrForDr());
    assertEquals(-15.0, AdrRequest.builder(US915).dr(0).build().requiredSnrForDr());
    assertEquals(
        -3.0, AdrRequest.builder(EU868).dr(5).requiredSnrForDr(-3).build().requiredSnrForDr());
  }

  @Test
  void the_history_is_copied() {
    List<UplinkMetrics> h = new ArrayList<>(Histories.withFCnts(1, 2));
    AdrRequest r = AdrRequest.builder(EU868).uplinkHistory(h).build();
    h.clear();
    assertEquals(2, r.uplinkHistory().size());
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of("dr 16", AdrRequest.builder(EU868).dr(16)),
        Arguments.of("negative tx power index", AdrRequest.builder(EU868).txPowerIndex(-1)),
        Arguments.of("nbTrans 16", AdrRequest.builder(EU868).nbTrans(16)),
        Arguments.of("minDr above maxDr", AdrRequest.builder(EU868).minDr(3).maxDr(2)),
        Arguments.of("NaN margin", AdrRequest.builder(EU868).installationMarginDb(Double.NaN)),
        Arguments.of(
            "DR mask beyond 16 bits", AdrRequest.builder(EU868).enabledUplinkDataRates(0x10000)),
        Arguments.of("null history", AdrRequest.builder(EU868).uplinkHistory(null)),
        Arguments.of(
            "21 uplinks",
            AdrRequest.builder(EU868).uplinkHistory(Histories.consecutive(21, 0, 0, 0))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void rejects_an_impossible_request(String description, AdrRequest.Builder builder) {
    assertThrows(IllegalArgumentException.class, builder::build, description);
  }

  @Test
  void a_request_needs_a_region() {
    assertThrows(IllegalArgumentException.class, () -> AdrRequest.builder(null));
  }

  @Test
  void a_data_rate_the_region_lacks_has_no_required_snr() {
    assertThrows(LorawanFormatException.class, () -> AdrRequest.builder(EU868).dr(15).build());
  }

  @Test
  void responses_hold_four_bit_fields_and_tell_a_change() {
    AdrRequest r = AdrRequest.builder(EU868).dr(3).txPowerIndex(1).nbTrans(1).build();
    assertEquals(new AdrResponse(3, 1, 1), AdrResponse.unchanged(r));
    assertFalse(AdrResponse.unchanged(r).changes(r));
    assertTrue(new AdrResponse(4, 1, 1).changes(r));
    assertTrue(new AdrResponse(3, 1, 2).changes(r));
    assertThrows(IllegalArgumentException.class, () -> new AdrResponse(16, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new AdrResponse(0, -1, 1));
  }

  static Stream<Arguments> requiredSnrTable() {
    // {spreading factor, required SNR dB}
    return Stream.of(
        Arguments.of(5, -2.5),
        Arguments.of(6, -5.0),
        Arguments.of(7, -7.5),
        Arguments.of(8, -10.0),
        Arguments.of(9, -12.5),
        Arguments.of(10, -15.0),
        Arguments.of(11, -17.5),
        Arguments.of(12, -20.0));
  }

  @ParameterizedTest(name = "SF{0}: {1} dB")
  @MethodSource("requiredSnrTable")
  void knows_the_lora_demodulation_floor(int sf, double snr) {
    assertEquals(snr, RequiredSnr.forSpreadingFactor(sf));
  }

  @Test
  void fsk_and_lr_fhss_have_no_floor_and_bad_spreading_factors_are_rejected() {
    assertEquals(0.0, RequiredSnr.forDataRate(EU868, 7));
    assertEquals(0.0, RequiredSnr.forDataRate(EU868, 10));
    assertEquals(-7.5, RequiredSnr.forDataRate(EU868, 6));
    assertThrows(IllegalArgumentException.class, () -> RequiredSnr.forSpreadingFactor(4));
    assertThrows(IllegalArgumentException.class, () -> RequiredSnr.forSpreadingFactor(13));
  }
}
