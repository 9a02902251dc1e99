package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LR-FHSS and the combined LoRa/LR-FHSS algorithms. "chirpstack" rows are the tables of {@code
 * chirpstack/src/adr/lr_fhss.rs} and {@code lora_lr_fhss.rs}, whose EU868 set-up adds an extra
 * channel for DR10-11 to the default DR0-5 channels.
 */
class LrFhssAdrTest {

  private static final Region EU868 = Regions.get(RegionId.EU868);
  private static final Region US915 = Regions.get(RegionId.US915);
  private static final int EU868_WITH_DR10_11 = AdrRequest.dataRates(0, 1, 2, 3, 4, 5, 10, 11);

  private static AdrRequest.Builder template() {
    return AdrRequest.builder(EU868)
        .enabledUplinkDataRates(EU868_WITH_DR10_11)
        .adr(true)
        .dr(0)
        .txPowerIndex(0)
        .nbTrans(1)
        .maxTxPowerIndex(0)
        .requiredSnrForDr(0)
        .installationMarginDb(0)
        .minDr(0)
        .maxDr(0);
  }

  static Stream<Arguments> lrFhssTable() {
    return Stream.of(
        Arguments.of(
            "chirpstack: adr disabled",
            template()
                .adr(false)
                .nbTrans(3)
                .maxDr(11)
                .uplinkHistory(Histories.oneWithRssi(-130))
                .build(),
            new AdrResponse(0, 0, 3)),
        Arguments.of(
            "chirpstack: max_dr prevents lr-fhss",
            template().nbTrans(3).maxDr(5).uplinkHistory(Histories.oneWithRssi(-130)).build(),
            new AdrResponse(0, 0, 3)),
        Arguments.of(
            "chirpstack: switch to dr 10",
            template().nbTrans(3).maxDr(11).uplinkHistory(Histories.oneWithRssi(-130)).build(),
            new AdrResponse(10, 0, 1)),
        Arguments.of(
            "chirpstack: switch to dr 11",
            template()
                .nbTrans(3)
                .maxDr(11)
                .uplinkHistory(Histories.consecutive(20, 0, -130, 0))
                .build(),
            new AdrResponse(11, 0, 1)),
        Arguments.of(
            "a full history below -130 dBm keeps coding rate 1/3",
            template()
                .nbTrans(3)
                .maxDr(11)
                .uplinkHistory(Histories.consecutive(20, 0, -131, 0))
                .build(),
            new AdrResponse(10, 0, 1)),
        Arguments.of(
            "already on coding rate 2/3: nothing to do",
            template()
                .dr(11)
                .nbTrans(2)
                .maxDr(11)
                .uplinkHistory(Histories.consecutive(20, 0, -100, 0))
                .build(),
            new AdrResponse(11, 0, 2)),
        Arguments.of(
            "on coding rate 1/3 with a median below -130 dBm: nothing to do",
            template()
                .dr(10)
                .nbTrans(2)
                .maxDr(11)
                .uplinkHistory(Histories.consecutive(20, 0, -135, 0))
                .build(),
            new AdrResponse(10, 0, 2)),
        Arguments.of(
            "on coding rate 1/3 with a full, strong history: up to coding rate 2/3",
            template()
                .dr(10)
                .nbTrans(2)
                .txPowerIndex(3)
                .maxTxPowerIndex(7)
                .maxDr(11)
                .uplinkHistory(Histories.consecutive(20, 0, -120, 3))
                .build(),
            new AdrResponse(11, 0, 1)),
        Arguments.of(
            "no LR-FHSS data rate enabled: nothing to do",
            template()
                .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 4, 5))
                .maxDr(11)
                .nbTrans(3)
                .uplinkHistory(Histories.oneWithRssi(-100))
                .build(),
            new AdrResponse(0, 0, 3)),
        Arguments.of(
            "US915 DR6 (coding rate 2/3, 1.523 MHz) from DR0",
            AdrRequest.builder(US915)
                .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 5, 6))
                .maxDr(6)
                .nbTrans(2)
                .uplinkHistory(Histories.consecutive(20, 0, -110, 0))
                .build(),
            new AdrResponse(6, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lrFhssTable")
  void chooses_an_lr_fhss_data_rate_by_coding_rate(
      String description, AdrRequest request, AdrResponse expected) {
    assertEquals(expected, new LrFhssAdr(n -> 0).handle(request), description);
  }

  @Test
  void picks_among_equal_coding_rates_with_the_chooser() {
    AdrRequest request =
        template()
            .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 4, 5, 8, 10))
            .maxDr(11)
            .uplinkHistory(Histories.oneWithRssi(-120))
            .build();
    int[] seen = new int[1];
    LrFhssAdr first = new LrFhssAdr(n -> 0);
    LrFhssAdr last =
        new LrFhssAdr(
            n -> {
              seen[0] = n;
              return n - 1;
            });
    assertEquals(8, first.handle(request).dr());
    assertEquals(10, last.handle(request).dr());
    assertEquals(2, seen[0]);
    int dr = new LrFhssAdr().handle(request).dr();
    assertEquals(true, dr == 8 || dr == 10, "random choice " + dr);
  }

  @Test
  void a_chooser_outside_the_candidates_is_an_error() {
    AdrRequest request = template().maxDr(11).uplinkHistory(Histories.oneWithRssi(-120)).build();
    assertThrows(IllegalStateException.class, () -> new LrFhssAdr(n -> n).handle(request));
  }

  @Test
  void an_undefined_current_data_rate_is_reported() {
    AdrRequest request = template().dr(15).maxDr(15).build();
    assertThrows(LorawanFormatException.class, () -> new LrFhssAdr().handle(request));
  }

  static Stream<Arguments> medianTable() {
    return Stream.of(
        Arguments.of("empty", List.of(), 0),
        Arguments.of("odd count", rssi(-120, -100, -110), -110),
        Arguments.of("even count truncates toward zero", rssi(-101, -110, -120, -100), -105),
        Arguments.of("even count, odd sum", rssi(-100, -103), -101));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("medianTable")
  void takes_the_median_rssi(String description, List<UplinkMetrics> history, int expected) {
    assertEquals(expected, LrFhssAdr.medianRssi(history), description);
  }

  private static List<UplinkMetrics> rssi(int... values) {
    UplinkMetrics[] m = new UplinkMetrics[values.length];
    for (int i = 0; i < values.length; i++) {
      m[i] = new UplinkMetrics(i, 0, values[i], 0, 1);
    }
    return List.of(m);
  }

  static Stream<Arguments> combinedTable() {
    return Stream.of(
        Arguments.of(
            "chirpstack: switch to DR 3 (LoRa)",
            template()
                .maxDr(11)
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(-10))
                .build(),
            new AdrResponse(3, 0, 1)),
        Arguments.of(
            "chirpstack: switch to DR 10 (LR-FHSS)",
            template()
                .nbTrans(3)
                .maxDr(11)
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(-12))
                .build(),
            new AdrResponse(10, 0, 1)),
        Arguments.of(
            "SF10 with no LR-FHSS enabled keeps the LR-FHSS answer: no change",
            template()
                .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 4, 5))
                .nbTrans(3)
                .maxDr(11)
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(-12))
                .build(),
            new AdrResponse(0, 0, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinedTable")
  void combines_lora_below_sf10_with_lr_fhss(
      String description, AdrRequest request, AdrResponse expected) {
    LoraLrFhssAdr adr = new LoraLrFhssAdr(new DefaultAdr(), new LrFhssAdr(n -> 0));
    assertEquals(expected, adr.handle(request), description);
  }

  @Test
  void have_chirpstack_ids_and_names() {
    assertEquals("lr_fhss", new LrFhssAdr().id());
    assertEquals("LR-FHSS only ADR algorithm", new LrFhssAdr().name());
    assertEquals("lora_lr_fhss", new LoraLrFhssAdr().id());
    assertEquals("LoRa & LR-FHSS ADR algorithm", new LoraLrFhssAdr().name());
  }
}
