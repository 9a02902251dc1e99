package io.longwave.application.directory;

import io.longwave.lorawan.Eui64;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DeviceDirectory} that keeps what another one answered for {@code ttl}: found devices
 * only, so that a device just created is seen at once. At most {@code capacity} devices are kept;
 * past that, expired entries are dropped first, then all of them. Thread-safe.
 */
public final class CachingDeviceDirectory implements DeviceDirectory {

  private record Cached(DirectoryEntry entry, Instant until) {}

  private final DeviceDirectory source;
  private final Duration ttl;
  private final int capacity;
  private final Clock clock;
  private final Map<Eui64, Cached> entries = new ConcurrentHashMap<>();

  public CachingDeviceDirectory(DeviceDirectory source, Duration ttl, int capacity, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<DirectoryEntry> find(Eui64 devEui) {
    Instant now = clock.instant();
    Cached cached = entries.get(devEui);
    if (cached != null && now.isBefore(cached.until())) {
      return Optional.of(cached.entry());
    }
    Optional<DirectoryEntry> found = source.find(devEui);
    if (found.isEmpty()) {
      entries.remove(devEui);
      return found;
    }
    if (!ttl.isZero() && !ttl.isNegative()) {
      if (entries.size() >= capacity) {
        entries.values().removeIf(c -> !now.isBefore(c.until()));
        if (entries.size() >= capacity) {
          entries.clear();
        }
      }
      entries.put(devEui, new Cached(found.get(), now.plus(ttl)));
    }
    return found;
  }

  /** Forgets a device, e.g. after it was changed through the API. */
  public void evict(Eui64 devEui) {
    entries.remove(devEui);
  }
}
