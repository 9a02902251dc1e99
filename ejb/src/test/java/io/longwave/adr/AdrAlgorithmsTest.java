package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdrAlgorithmsTest {

  private static final AdrRequest REQUEST =
      AdrRequest.builder(Regions.get(RegionId.EU868))
          .dr(2)
          .txPowerIndex(1)
          .nbTrans(2)
          .uplinkHistory(Histories.oneWithSnr(10))
          .build();

  /** An algorithm that always fails, as a broken plug-in would. */
  private static final AdrAlgorithm FAILING =
      new AdrAlgorithm() {
        @Override
        public String id() {
          return "broken";
        }

        @Override
        public String name() {
          return "Broken";
        }

        @Override
        public AdrResponse handle(AdrRequest request) {
          throw new IllegalStateException("no answer");
        }
      };

  @Test
  void lists_the_built_in_algorithms_by_id() {
    assertEquals(
        Map.of(
            "default", "Default ADR algorithm (LoRa only)",
            "lr_fhss", "LR-FHSS only ADR algorithm",
            "lora_lr_fhss", "LoRa & LR-FHSS ADR algorithm"),
        AdrAlgorithms.standard().names());
    assertEquals(
        List.of("default", "lr_fhss", "lora_lr_fhss"),
        List.copyOf(AdrAlgorithms.standard().names().keySet()));
  }

  @Test
  void selects_a_registered_algorithm_without_warning() {
    AdrSelection s = AdrAlgorithms.standard().select("lr_fhss");
    assertEquals("lr_fhss", s.algorithm().id());
    assertEquals(Optional.empty(), s.warning());
  }

  @Test
  void a_missing_id_means_the_default_without_warning() {
    assertEquals("default", AdrAlgorithms.standard().select(null).algorithm().id());
    assertEquals(Optional.empty(), AdrAlgorithms.standard().select(" ").warning());
  }

  @Test
  void an_unknown_id_falls_back_to_the_default_with_a_warning() {
    AdrSelection s = AdrAlgorithms.standard().select("my_plugin");
    assertEquals("default", s.algorithm().id());
    assertEquals(
        Optional.of("no ADR algorithm with id 'my_plugin'; using 'default' instead"), s.warning());
    AdrOutcome o = AdrAlgorithms.standard().handle("my_plugin", REQUEST);
    assertEquals(new DefaultAdr().handle(REQUEST), o.response());
    assertTrue(o.warning().isPresent());
  }

  @Test
  void runs_the_selected_algorithm() {
    AdrOutcome o = AdrAlgorithms.standard().handle("default", REQUEST);
    // 10 - (-15 at DR2, SF10) - 10 = 15 dB: five steps, DR2 -> DR5 and TX power index 1 -> 3;
    // no measured loss yet lowers NbTrans 2 -> 1.
    assertEquals(new AdrResponse(5, 3, 1), o.response());
    assertEquals(Optional.empty(), o.warning());
  }

  @Test
  void a_failing_algorithm_changes_nothing_and_says_why() {
    AdrOutcome o = AdrAlgorithms.standard().with(FAILING).handle("broken", REQUEST);
    assertEquals(new AdrResponse(2, 1, 2), o.response());
    assertEquals(Optional.of("ADR algorithm 'broken' failed: no answer"), o.warning());
  }

  @Test
  void a_later_algorithm_replaces_one_with_the_same_id() {
    DefaultAdr replacement = new DefaultAdr();
    AdrAlgorithms a = AdrAlgorithms.standard().with(replacement);
    assertSame(replacement, a.find("default").orElseThrow());
    assertSame(replacement, a.select("unknown").algorithm());
    assertEquals(3, a.names().size());
  }

  @Test
  void a_registry_needs_the_default_algorithm_and_ids() {
    assertThrows(IllegalArgumentException.class, () -> AdrAlgorithms.of(new LrFhssAdr()));
    assertThrows(IllegalArgumentException.class, () -> AdrAlgorithms.standard().with(null));
    assertEquals(Optional.empty(), AdrAlgorithms.standard().find(null));
  }
}
