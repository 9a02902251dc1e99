package io.longwave.testing;

import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.SharedDownlinkContexts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store several network-server instances share, in one map, counting the calls that would be
 * database statements (a find or take that finds nothing in memory, a save, a delete).
 */
public final class InMemorySharedDownlinkContexts implements SharedDownlinkContexts {

  private final InMemoryDownlinkContextRepository store;
  public final AtomicInteger statements = new AtomicInteger();

  public InMemorySharedDownlinkContexts(Clock clock, Duration ttl) {
    this.store = new InMemoryDownlinkContextRepository(clock, ttl);
  }

  @Override
  public void save(DownlinkContext context) {
    statements.incrementAndGet();
    store.save(context);
  }

  @Override
  public Optional<DownlinkContext> find(long downlinkId) {
    statements.incrementAndGet();
    return store.find(downlinkId);
  }

  @Override
  public Optional<DownlinkContext> take(long downlinkId) {
    statements.addAndGet(2);
    return store.take(downlinkId);
  }

  @Override
  public boolean remove(long downlinkId) {
    statements.incrementAndGet();
    return store.take(downlinkId).isPresent();
  }

  @Override
  public int deleteExpired(Instant now) {
    statements.incrementAndGet();
    return 0;
  }
}
