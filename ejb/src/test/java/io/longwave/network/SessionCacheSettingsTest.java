package io.longwave.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.session.CachedDeviceSessions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session cache's two keys: defaults, values, and the messages of wrong ones. */
class SessionCacheSettingsTest {

  @Test
  void unset_keys_give_the_defaults() {
    SessionCacheSettings s = SessionCacheSettings.read(key -> null);
    assertEquals(CachedDeviceSessions.DEFAULT_MAX_SESSIONS, s.maxSessions());
    assertEquals(CachedDeviceSessions.DEFAULT_TTL, s.ttl());
    assertTrue(s.enabled());
  }

  @Test
  void a_size_of_zero_keeps_no_session() {
    SessionCacheSettings s = SessionCacheSettings.read(
        Map.of(SessionCacheSettings.SIZE, "0", SessionCacheSettings.TTL, "30s")::get);
    assertFalse(s.enabled());
    assertEquals(Duration.ofSeconds(30), s.ttl());
  }

  @Test
  void wrong_values_are_refused_naming_their_key() {
    IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
        () -> SessionCacheSettings.read(Map.of(SessionCacheSettings.SIZE, "-1")::get));
    assertTrue(size.getMessage().startsWith(SessionCacheSettings.SIZE), size.getMessage());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> SessionCacheSettings.read(Map.of(SessionCacheSettings.SIZE, "many")::get));
    assertTrue(text.getMessage().contains("whole number"), text.getMessage());
    IllegalArgumentException ttl = assertThrows(IllegalArgumentException.class,
        () -> SessionCacheSettings.read(Map.of(SessionCacheSettings.TTL, "0s")::get));
    assertTrue(ttl.getMessage().startsWith(SessionCacheSettings.TTL), ttl.getMessage());
  }
}
