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
 * that a put costs O(1) however many entries are held. A store may be bounded: when it holds its
 * maximum, a new key is not kept until the sweep has removed expired entries (a cache then reads
 * through for that key).
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
  private final int maxEntries;

  /** An unbounded store. */
  public ExpiringStore(Clock clock, Duration ttl) {
    this(clock, ttl, Integer.MAX_VALUE);
  }

  /**
   * A store of at most about {@code maxEntries} entries (concurrent puts may pass it by the
   * number of threads putting).
   */
  public ExpiringStore(Clock clock, Duration ttl, int maxEntries) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.sweepEveryNanos = Math.max(1, Math.min(ttl.toNanos(), 1_000_000_000L));
  }

  /**
   * Keeps the value for the time to live, replacing any other; a new key is not kept when the
   * store is full of unexpired entries.
   *
   * @return whether the value is kept
   */
  public boolean put(K key, V value) {
    Instant now = clock.instant();
    sweep(now);
    if (entries.size() >= maxEntries && !entries.containsKey(key)) {
      return false;
    }
    entries.put(key, new Entry<>(value, now.plus(ttl)));
    return true;
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
