package io.longwave.application.directory;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link GatewayNames} that keeps what another one answered (name and location) for {@code ttl}, unknown gateways
 * included (every uplink names its gateways, so a miss must not cost a query each time). Past
 * {@code capacity} gateways the cache starts afresh. Thread-safe.
 */
public final class CachingGatewayNames implements GatewayNames {

  private record Cached(String name, Optional<GatewayLocation> location, Instant until) {}

  private final GatewayNames source;
  private final Duration ttl;
  private final int capacity;
  private final Clock clock;
  private final Map<GatewayId, Cached> names = new ConcurrentHashMap<>();

  public CachingGatewayNames(GatewayNames source, Duration ttl, int capacity, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String nameOf(GatewayId gatewayId) {
    return lookUp(gatewayId).name();
  }

  @Override
  public Optional<GatewayLocation> locationOf(GatewayId gatewayId) {
    return lookUp(gatewayId).location();
  }

  private Cached lookUp(GatewayId gatewayId) {
    Instant now = clock.instant();
    Cached cached = names.get(gatewayId);
    if (cached != null && now.isBefore(cached.until())) {
      return cached;
    }
    String name = source.nameOf(gatewayId);
    Optional<GatewayLocation> location = source.locationOf(gatewayId);
    if (names.size() >= capacity) {
      names.clear();
    }
    Cached fresh = new Cached(name == null ? "" : name,
        location == null ? Optional.empty() : location, now.plus(ttl));
    names.put(gatewayId, fresh);
    return fresh;
  }
}
