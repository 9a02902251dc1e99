package io.longwave.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DownlinkContextStoreTest {

  @Test
  void the_default_follows_the_deduplication_store() {
    assertEquals(DownlinkContextStore.MEMORY, DownlinkContextStore.of(null, null));
    assertEquals(DownlinkContextStore.MEMORY, DownlinkContextStore.of("", "memory"));
    assertEquals(DownlinkContextStore.DATABASE, DownlinkContextStore.of(null, "grid"));
  }

  @Test
  void an_explicit_setting_wins() {
    assertEquals(DownlinkContextStore.DATABASE, DownlinkContextStore.of("database", "memory"));
    assertEquals(DownlinkContextStore.MEMORY, DownlinkContextStore.of(" Memory ", "grid"));
  }

  @Test
  void anything_else_is_refused_with_the_setting_named() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DownlinkContextStore.of("redis", null));
    assertEquals("longwave.network.downlink-context-store must be memory or database, got redis",
        e.getMessage());
  }
}
