package io.longwave.infrastructure.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A concurrent map whose entries expire a time to live after they were put. An expired entry is
 * never returned; expired entries are swept out at most once per sweep interval (on a put), so
 * that a put costs O(1) however many entries are held.
 *
 * <p>Threading: thread-safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ExpiringStore<K, V> {

  private record Entry<V>(V value, Instant expiresAt) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private final long sweepEveryNanos;
  private final AtomicLong nextSweep = new AtomicLong(Long.MIN_VALUE);

  public ExpiringStore(Clock clock, Duration ttl) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.sweepEveryNanos = Math.max(1, Math.min(ttl.toNanos(), 1_000_000_000L));
  }

  public void put(K key, V value) {
    Instant now = clock.instant();
    sweep(now);
    entries.put(key, new Entry<>(value, now.plus(ttl)));
  }

  /** The value, if present and not expired. */
  public Optional<V> get(K key) {
    Entry<V> e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    if (!e.expiresAt.isAfter(clock.instant())) {
      entries.remove(key, e);
      return Optional.empty();
    }
    return Optional.of(e.value);
  }

  /**
   * Read-through: the value if present and not expired, else what {@code loader} finds, which
   * is kept for the time to live. A miss of the loader is not kept, so a key that appears later
   * is found at once. Two callers that miss together both load; the later put wins.
   */
  public Optional<V> getOrLoad(K key, Function<? super K, Optional<V>> loader) {
    Optional<V> cached = get(key);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<V> loaded = loader.apply(key);
    loaded.ifPresent(v -> put(key, v));
    return loaded;
  }

  /** Removes and returns the value, if present and not expired: one caller gets it. */
  public Optional<V> take(K key) {
    Entry<V> e = entries.remove(key);
    if (e == null || !e.expiresAt.isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(e.value);
  }

  /** Entries held, expired ones included until they are swept. */
  public int size() {
    return entries.size();
  }

  private void sweep(Instant now) {
    long t = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    long due = nextSweep.get();
    if (t >= due && nextSweep.compareAndSet(due, t + sweepEveryNanos)) {
      entries.values().removeIf(e -> !e.expiresAt.isAfter(now));
    }
  }
}
