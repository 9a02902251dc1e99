package io.longwave.application.auth;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The callers of recently verified tokens, kept for a short time so that a client sending many
 * requests does not cost a user or API-key lookup each: a deleted or deactivated user, or a
 * deleted key, is refused at most {@link #ttl} later (at once where the change is made, see
 * {@link #forget}). At most {@link #maxEntries} tokens are
 * kept; when full, expired entries go, and if none had expired, all of them. Threading:
 * thread-safe.
 */
final class CallerCache {

  /** A kept caller with the verified claims of its token (null when not given). */
  record Known(Caller caller, JsonObject claims) {}

  private record Entry(Known known, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final int maxEntries;
  private final LongSupplier nanoTime;

  CallerCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  /** The caller of a token verified less than the TTL ago. */
  Optional<Caller> get(String token) {
    return known(token).map(Known::caller);
  }

  /** The caller and claims of a token verified less than the TTL ago. */
  Optional<Known> known(String token) {
    Entry e = entries.get(token);
    if (e == null) {
      return Optional.empty();
    }
    if (nanoTime.getAsLong() - e.expiresAtNanos() >= 0) {
      entries.remove(token, e);
      return Optional.empty();
    }
    return Optional.of(e.known());
  }

  void put(String token, Caller caller) {
    put(token, caller, null);
  }

  void put(String token, Caller caller, JsonObject claims) {
    long now = nanoTime.getAsLong();
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(token, new Entry(new Known(caller, claims), now + ttl.toNanos()));
  }

  /** Drops the tokens of the callers that {@code revoked} matches. */
  void forget(java.util.function.Predicate<Caller> revoked) {
    entries.values().removeIf(e -> revoked.test(e.known().caller()));
  }

  int size() {
    return entries.size();
  }
}
