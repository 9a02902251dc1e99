package io.longwave.gateway;

import io.longwave.lorawan.Eui64;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers for a short time whether a gateway is registered, so that each uplink does not cost a
 * database query. A registration or deletion is seen within the time-to-live, or at once after
 * {@link #invalidate}. Thread-safe.
 */
public final class RegistrationCache {

  private record Entry(boolean registered, long checkedAtNanos) {}

  private final long ttlNanos;
  private final ConcurrentHashMap<Eui64, Entry> entries = new ConcurrentHashMap<>();

  public RegistrationCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** Whether the gateway is registered, asking {@code lookup} when the cached answer is stale. */
  public boolean isRegistered(Eui64 gatewayId, long nowNanos, Predicate<Eui64> lookup) {
    Entry e = entries.get(gatewayId);
    if (e != null && nowNanos - e.checkedAtNanos() < ttlNanos) {
      return e.registered();
    }
    boolean registered = lookup.test(gatewayId);
    entries.put(gatewayId, new Entry(registered, nowNanos));
    return registered;
  }

  /** Drops the cached answer for a gateway. */
  public void invalidate(Eui64 gatewayId) {
    entries.remove(gatewayId);
  }
}
