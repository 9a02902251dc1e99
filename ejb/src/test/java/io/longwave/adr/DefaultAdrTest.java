package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * ChirpStack's default ADR algorithm. Rows marked "chirpstack" are the test table of {@code
 * chirpstack/src/adr/default.rs}; "v3" rows come from {@code internal/adr/default_test.go} of
 * chirpstack-network-server v3.
 */
class DefaultAdrTest {

  private static final Region EU868 = Regions.get(RegionId.EU868);
  private static final Region US915 = Regions.get(RegionId.US915);
  private static final DefaultAdr ADR = new DefaultAdr();

  /** ChirpStack's request template: EU868, ADR on, DR0, everything else 0, NbTrans 1. */
  private static AdrRequest.Builder template() {
    return AdrRequest.builder(EU868)
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

  static Stream<Arguments> handleTable() {
    return Stream.of(
        Arguments.of(
            "chirpstack: max dr exceeded, adr disabled",
            template().adr(false).dr(5).maxDr(4).maxTxPowerIndex(5).build(),
            new AdrResponse(5, 0, 1)),
        Arguments.of(
            "chirpstack: max dr exceeded, decrease dr",
            template()
                .dr(5)
                .maxDr(4)
                .maxTxPowerIndex(5)
                .uplinkHistory(Histories.oneWithSnr(0))
                .build(),
            new AdrResponse(4, 0, 1)),
        Arguments.of(
            "chirpstack: increase dr",
            template()
                .maxDr(5)
                .maxTxPowerIndex(5)
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(-15))
                .build(),
            new AdrResponse(1, 0, 1)),
        Arguments.of(
            "a margin of 2.9 dB is no step",
            template()
                .maxDr(5)
                .maxTxPowerIndex(5)
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(-17.1))
                .build(),
            new AdrResponse(0, 0, 1)),
        Arguments.of(
            "a margin of -2.9 dB is no step either (truncation toward zero)",
            template()
                .dr(3)
                .txPowerIndex(2)
                .maxDr(5)
                .maxTxPowerIndex(5)
                .requiredSnrForDr(-12.5)
                .uplinkHistory(Histories.consecutive(20, -15.4, -120, 2))
                .build(),
            new AdrResponse(3, 2, 1)),
        Arguments.of(
            "four steps at DR3: two up to DR5, then two TX power steps down",
            template()
                .dr(3)
                .txPowerIndex(1)
                .maxDr(5)
                .maxTxPowerIndex(7)
                .requiredSnrForDr(-12.5)
                .installationMarginDb(10)
                .uplinkHistory(Histories.oneWithSnr(9.5))
                .build(),
            new AdrResponse(5, 3, 1)),
        Arguments.of(
            "TX power index stops at the device's maximum",
            template()
                .dr(5)
                .txPowerIndex(6)
                .maxDr(5)
                .maxTxPowerIndex(7)
                .requiredSnrForDr(-7.5)
                .uplinkHistory(Histories.oneWithSnr(10))
                .build(),
            new AdrResponse(5, 7, 1)),
        Arguments.of(
            "negative steps with a full history at the current power raise the power",
            template()
                .dr(5)
                .txPowerIndex(3)
                .maxDr(5)
                .maxTxPowerIndex(7)
                .requiredSnrForDr(-7.5)
                .installationMarginDb(10)
                .uplinkHistory(Histories.consecutive(20, -9.0, -120, 3))
                .build(),
            new AdrResponse(5, 0, 1)),
        Arguments.of(
            "negative steps wait while the history holds uplinks at another power",
            template()
                .dr(5)
                .txPowerIndex(3)
                .maxDr(5)
                .maxTxPowerIndex(7)
                .requiredSnrForDr(-7.5)
                .installationMarginDb(10)
                .uplinkHistory(Histories.consecutive(20, -9.0, -120, 2))
                .build(),
            new AdrResponse(5, 3, 1)),
        Arguments.of(
            "negative steps wait for 20 uplinks",
            template()
                .dr(5)
                .txPowerIndex(3)
                .maxDr(5)
                .maxTxPowerIndex(7)
                .requiredSnrForDr(-7.5)
                .installationMarginDb(10)
                .uplinkHistory(Histories.consecutive(19, -9.0, -120, 3))
                .build(),
            new AdrResponse(5, 3, 1)),
        Arguments.of(
            "an empty history changes nothing but NbTrans",
            template().dr(2).txPowerIndex(1).nbTrans(3).maxDr(5).maxTxPowerIndex(7).build(),
            new AdrResponse(2, 1, 2)),
        Arguments.of(
            "10 % loss over a full history raises NbTrans 1 to 2 (chirpstack loss vector)",
            template()
                .maxDr(5)
                .maxTxPowerIndex(5)
                .uplinkHistory(Histories.chirpstackTenPercentLoss())
                .build(),
            new AdrResponse(0, 0, 2)),
        Arguments.of(
            "maxDr is capped to the highest enabled LoRa 125 kHz DR (EU868 with DR10-11 enabled)",
            template()
                .maxDr(11)
                .maxTxPowerIndex(7)
                .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 4, 5, 10, 11))
                .requiredSnrForDr(-20)
                .uplinkHistory(Histories.oneWithSnr(10))
                .build(),
            new AdrResponse(5, 5, 1)),
        Arguments.of(
            "US915 with defaults: DR4 is 500 kHz, so DR3 and two power steps",
            AdrRequest.builder(US915)
                .dr(0)
                .maxDr(4)
                .uplinkHistory(Histories.oneWithSnr(10))
                .build(),
            new AdrResponse(3, 2, 1)),
        Arguments.of(
            "a DR above a cap from a non-LoRa maxDr is lowered to the LoRa maximum",
            template()
                .dr(7)
                .maxDr(7)
                .maxTxPowerIndex(7)
                .enabledUplinkDataRates(AdrRequest.dataRates(0, 1, 2, 3, 4, 5, 6, 7))
                .uplinkHistory(Histories.oneWithSnr(0))
                .build(),
            new AdrResponse(5, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handleTable")
  void handles_the_request_as_chirpstack_does(
      String description, AdrRequest request, AdrResponse expected) {
    assertEquals(expected, ADR.handle(request), description);
  }

  static Stream<Arguments> idealTable() {
    // {description, nStep, txPowerIndex, dr, maxTxPowerIndex, maxDr, expected txPower, expected dr}
    return Stream.of(
        Arguments.of("chirpstack: nothing to do", 0, 1, 3, 5, 5, 1, 3),
        Arguments.of("chirpstack: one step: one step data-rate increase", 1, 1, 4, 5, 5, 1, 5),
        Arguments.of("chirpstack: one step: one step tx-power decrease", 1, 1, 5, 5, 5, 2, 5),
        Arguments.of("chirpstack: two steps: two steps data-rate increase", 2, 1, 3, 5, 5, 1, 5),
        Arguments.of(
            "chirpstack: two steps: one step data-rate increase, one step tx-power decrease",
            2,
            1,
            4,
            5,
            5,
            2,
            5),
        Arguments.of("chirpstack: two step tx-power decrease", 2, 1, 5, 5, 5, 3, 5),
        Arguments.of("chirpstack: two steps: one step tx-power decrease", 2, 5, 5, 5, 5, 5, 5),
        Arguments.of("v3: two steps: one step tx-power decrease", 2, 4, 5, 5, 5, 5, 5),
        Arguments.of(
            "chirpstack: one negative step: one step power increase", -1, 1, 5, 5, 5, 0, 5),
        Arguments.of(
            "chirpstack: one negative step: nothing to do (adr engine will not decrease dr)",
            -1,
            0,
            4,
            5,
            5,
            0,
            4),
        Arguments.of(
            "chirpstack: 10 negative steps, should not adjust anything (min tx-power index)",
            -10,
            0,
            4,
            5,
            5,
            0,
            4),
        Arguments.of("v3: two steps: two steps data-rate increase from DR0", 2, 0, 0, 5, 5, 0, 2),
        Arguments.of("three negative steps from index 5", -3, 5, 2, 7, 5, 2, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idealTable")
  void steps_data_rate_then_tx_power(
      String description,
      int nStep,
      int txPowerIndex,
      int dr,
      int maxTxPowerIndex,
      int maxDr,
      int expectedTxPowerIndex,
      int expectedDr) {
    int[] got = DefaultAdr.idealTxPowerIndexAndDr(nStep, txPowerIndex, dr, maxTxPowerIndex, maxDr);
    assertEquals(expectedTxPowerIndex, got[0], description + ": tx power index");
    assertEquals(expectedDr, got[1], description + ": dr");
  }

  static Stream<Arguments> nbTransTable() {
    // {description, packet loss %, current NbTrans, expected NbTrans}
    return Stream.of(
        Arguments.of("chirpstack: 4.99 % at 3", 4.99, 3, 2),
        Arguments.of("chirpstack: 9.99 % at 2", 9.99, 2, 2),
        Arguments.of("v3: 29.99 % at 1", 29.99, 1, 2),
        Arguments.of("chirpstack: 30 % at 3", 30.0, 3, 3),
        Arguments.of("no loss at 1 stays 1", 0.0, 1, 1),
        Arguments.of("no loss at 2 lowers to 1", 0.0, 2, 1),
        Arguments.of("exactly 5 % is the second row", 5.0, 1, 1),
        Arguments.of("exactly 5 % at 3 stays 3", 5.0, 3, 3),
        Arguments.of("exactly 10 % is the third row", 10.0, 1, 2),
        Arguments.of("more than 30 % at 1 goes to 3", 45.0, 1, 3),
        Arguments.of("NbTrans 0 counts as 1", 0.0, 0, 1),
        Arguments.of("NbTrans above 3 counts as 3", 0.0, 9, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nbTransTable")
  void chooses_nb_trans_from_packet_loss(
      String description, double loss, int current, int expected) {
    assertEquals(expected, DefaultAdr.nbTrans(current, loss), description);
  }

  @Test
  void max_snr_is_the_highest_of_the_history() {
    List<UplinkMetrics> h =
        List.of(
            new UplinkMetrics(1, 3, 0, 0, 1),
            new UplinkMetrics(2, 4, 0, 0, 1),
            new UplinkMetrics(3, 2, 0, 0, 1));
    assertEquals(4.0, DefaultAdr.maxSnr(h));
    assertEquals(-999.0, DefaultAdr.maxSnr(List.of()));
  }

  @Test
  void counts_history_entries_at_the_current_tx_power() {
    List<UplinkMetrics> h =
        List.of(
            new UplinkMetrics(1, 0, 0, 1, 1),
            new UplinkMetrics(2, 0, 0, 2, 1),
            new UplinkMetrics(3, 0, 0, 1, 1));
    assertEquals(2, DefaultAdr.historyCountAtTxPower(h, 1));
    assertEquals(0, DefaultAdr.historyCountAtTxPower(h, 0));
  }

  @Test
  void is_registered_as_default() {
    assertEquals("default", ADR.id());
    assertEquals("Default ADR algorithm (LoRa only)", ADR.name());
  }
}
