package io.longwave.downlink;

import io.longwave.infrastructure.memory.ExpiringStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Downlink contexts in a concurrent map, each kept for a time to live (30 s by default, as long
 * as a gateway may take to acknowledge the RX2 item of a Class A answer with a long RX1 delay).
 * Fits one network-server instance; a cluster needs a shared store behind the same port.
 */
public final class InMemoryDownlinkContextRepository implements DownlinkContextRepository {

  /** How long a context is kept by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

  private final ExpiringStore<Long, DownlinkContext> contexts;

  public InMemoryDownlinkContextRepository(Clock clock, Duration ttl) {
    this.contexts = new ExpiringStore<>(clock, ttl);
  }

  /** A repository with the default time to live on the system clock. */
  public InMemoryDownlinkContextRepository() {
    this(Clock.systemUTC(), DEFAULT_TTL);
  }

  @Override
  public void save(DownlinkContext context) {
    contexts.put(context.downlinkId(), context);
  }

  @Override
  public Optional<DownlinkContext> find(long downlinkId) {
    return contexts.get(downlinkId);
  }

  @Override
  public Optional<DownlinkContext> take(long downlinkId) {
    return contexts.take(downlinkId);
  }

  /** The number of contexts held, expired ones included until they are swept. */
  public int size() {
    return contexts.size();
  }
}
