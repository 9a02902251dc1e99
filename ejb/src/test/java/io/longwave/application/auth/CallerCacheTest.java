package io.longwave.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallerCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final CallerCache cache = new CallerCache(Duration.ofNanos(100), 3, now::get);
  private final Caller alice = new Caller.User(1, "alice", false);

  @Test
  void keeps_a_caller_for_the_ttl_only() {
    cache.put("t1", alice);
    now.addAndGet(99);
    assertEquals(Optional.of(alice), cache.get("t1"));
    now.addAndGet(1);
    assertTrue(cache.get("t1").isEmpty());
    assertEquals(0, cache.size());
  }

  @Test
  void forgets_a_revoked_user_or_key_at_once() {
    Caller key = new Caller.ApiKey("k1", false, 1L, null);
    cache.put("t1", alice);
    cache.put("t2", key);
    cache.forget(CallerRevoked.user(1)::matches);
    assertTrue(cache.get("t1").isEmpty());
    assertEquals(Optional.of(key), cache.get("t2"));
    cache.forget(CallerRevoked.apiKey("k1")::matches);
    assertTrue(cache.get("t2").isEmpty());
  }

  @Test
  void stays_within_its_size() {
    cache.put("t1", alice);
    cache.put("t2", alice);
    now.addAndGet(100);
    cache.put("t3", alice);
    cache.put("t4", alice);
    assertEquals(2, cache.size(), "the two expired entries went");
    cache.put("t5", alice);
    cache.put("t6", alice);
    assertTrue(cache.size() <= 3);
    assertEquals(Optional.of(alice), cache.get("t6"));
  }

  @Test
  void keeps_the_verified_claims_with_the_caller() throws AuthenticationException {
    JsonWebToken jwt = new JsonWebToken(new byte[32]);
    Instant t = Instant.ofEpochSecond(1_000_000);
    String token = jwt.sign(Json.createObjectBuilder().add("sub", "user").add("id", 1)
        .add("exp", t.getEpochSecond() + 60).build());
    JsonObject claims = jwt.verify(token, t);
    cache.put(token, alice, claims);
    assertEquals(Optional.of(new CallerCache.Known(alice, claims)), cache.known(token));
    jwt.checkTimes(claims, t.plusSeconds(59));
    AuthenticationException expired = assertThrows(AuthenticationException.class,
        () -> jwt.checkTimes(claims, t.plusSeconds(60)));
    assertEquals("the token has expired", expired.getMessage());
  }
}
