package io.longwave.application.directory;

import io.longwave.connector.api.frame.GatewayId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link GatewayNames} that keeps what another one answered for {@code ttl}, unknown gateways
 * included (every uplink names its gateways, so a miss must not cost a query each time). Past
 * {@code capacity} gateways the cache starts afresh. Thread-safe.
 */
public final class CachingGatewayNames implements GatewayNames {

  private record Cached(String name, Instant until) {}

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
    Instant now = clock.instant();
    Cached cached = names.get(gatewayId);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.name();
    }
    String name = source.nameOf(gatewayId);
    if (names.size() >= capacity) {
      names.clear();
    }
    names.put(gatewayId, new Cached(name == null ? "" : name, now.plus(ttl)));
    return name == null ? "" : name;
  }
}
