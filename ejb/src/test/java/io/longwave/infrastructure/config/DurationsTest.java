package io.longwave.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "200ms, PT0.2S",
    "0s, PT0S",
    "15s, PT15S",
    " 5m , PT5M",
    "2h, PT2H",
    "30d, PT720H",
    "PT1M, PT1M",
    "pt90s, PT1M30S"
  })
  void parses_operator_friendly_and_iso_durations(String text, String expected) {
    assertEquals(Duration.parse(expected), Durations.parse("k", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "s", "5", "five seconds", "5w", "P", "-"})
  void rejects_anything_else_naming_the_key(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("longwave.x", text));
    assertTrue(e.getMessage().startsWith("longwave.x must be a duration"), e.getMessage());
  }
}
