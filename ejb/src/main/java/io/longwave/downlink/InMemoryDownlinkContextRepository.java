package io.longwave.downlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Downlink contexts in a concurrent map, each kept for a time to live (30 s by default, as long
 * as a gateway may take to acknowledge the RX2 item of a Class A answer with a long RX1 delay).
 * Expired entries are dropped when they are looked up and on every save. Fits one network-server
 * instance; a cluster needs a shared store behind the same port.
 */
public final class InMemoryDownlinkContextRepository implements DownlinkContextRepository {

  /** How long a context is kept by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

  private record Entry(DownlinkContext context, Instant expiresAt) {}

  private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  public InMemoryDownlinkContextRepository(Clock clock, Duration ttl) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  /** A repository with the default time to live on the system clock. */
  public InMemoryDownlinkContextRepository() {
    this(Clock.systemUTC(), DEFAULT_TTL);
  }

  @Override
  public void save(DownlinkContext context) {
    Instant now = clock.instant();
    entries.values().removeIf(e -> !e.expiresAt.isAfter(now));
    entries.put(context.downlinkId(), new Entry(context, now.plus(ttl)));
  }

  @Override
  public Optional<DownlinkContext> find(long downlinkId) {
    Entry e = entries.get(downlinkId);
    if (e == null) {
      return Optional.empty();
    }
    if (!e.expiresAt.isAfter(clock.instant())) {
      entries.remove(downlinkId, e);
      return Optional.empty();
    }
    return Optional.of(e.context);
  }

  @Override
  public Optional<DownlinkContext> take(long downlinkId) {
    Entry e = entries.remove(downlinkId);
    if (e == null || !e.expiresAt.isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(e.context);
  }

  /** The number of contexts held, expired ones included until they are dropped. */
  public int size() {
    return entries.size();
  }
}
