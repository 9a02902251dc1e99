package io.longwave.integration.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's settings from configuration, and its backoff. */
class OutboxSettingsTest {

  @Test
  void backoff_doubles_from_the_base_up_to_the_maximum_without_overflow() {
    OutboxSettings s = OutboxSettings.defaults();
    assertEquals(Duration.ZERO, s.backoff(0));
    assertEquals(Duration.ofSeconds(1), s.backoff(1));
    assertEquals(Duration.ofSeconds(2), s.backoff(2));
    assertEquals(Duration.ofSeconds(256), s.backoff(9));
    assertEquals(Duration.ofMinutes(5), s.backoff(10));
    assertEquals(Duration.ofMinutes(5), s.backoff(Integer.MAX_VALUE));
  }

  @Test
  void reads_the_keys_and_refuses_bad_values_naming_the_key() {
    Map<String, String> config = Map.of(
        "longwave.integration.outbox.retry-base", "200ms",
        "longwave.integration.outbox.retry-max", "1m",
        "longwave.integration.outbox.max-age", "2d",
        "longwave.integration.outbox.max-queued-per-target", "500",
        "longwave.integration.outbox.workers", "8");
    OutboxSettings s = OutboxSettings.from(config::get);
    assertEquals(Duration.ofMillis(200), s.retryBase());
    assertEquals(Duration.ofMinutes(1), s.retryMax());
    assertEquals(Duration.ofDays(2), s.maxAge());
    assertEquals(500, s.maxQueuedPerTarget());
    assertEquals(8, s.workers());
    assertEquals(OutboxSettings.defaults().pollInterval(), s.pollInterval());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        OutboxSettings.from(Map.of("longwave.integration.outbox.workers", "many")::get));
    assertTrue(e.getMessage().contains("longwave.integration.outbox.workers"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OutboxSettings.from(Map.of(
        "longwave.integration.outbox.retry-base", "10m")::get));
    assertTrue(e.getMessage().contains("retry-max"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OutboxSettings.from(Map.of(
        "longwave.integration.outbox.max-queued-per-target", "0")::get));
  }
}
