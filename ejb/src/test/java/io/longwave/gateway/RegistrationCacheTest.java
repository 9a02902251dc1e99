package io.longwave.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegistrationCacheTest {

  private static final Eui64 GW = Eui64.parse("0102030405060708");
  private static final long SECOND = 1_000_000_000L;

  @Test
  void asks_the_database_once_per_ttl() {
    RegistrationCache c = new RegistrationCache(Duration.ofSeconds(10));
    AtomicInteger lookups = new AtomicInteger();
    boolean[] registered = {false};
    assertFalse(c.isRegistered(GW, 0, g -> { lookups.incrementAndGet(); return registered[0]; }));
    registered[0] = true;
    assertFalse(c.isRegistered(GW, 9 * SECOND, g -> { lookups.incrementAndGet(); return true; }));
    assertEquals(1, lookups.get());
    assertTrue(c.isRegistered(GW, 10 * SECOND, g -> { lookups.incrementAndGet(); return true; }));
    assertEquals(2, lookups.get());
  }

  @Test
  void an_invalidated_answer_is_asked_again() {
    RegistrationCache c = new RegistrationCache(Duration.ofMinutes(1));
    assertFalse(c.isRegistered(GW, 0, g -> false));
    c.invalidate(GW);
    assertTrue(c.isRegistered(GW, 1, g -> true));
  }
}
