package io.longwave.downlink;

import java.util.Objects;
import java.util.Optional;

/**
 * Downlink contexts in this instance's memory and in the shared store: every context is written
 * to both; an acknowledgement of a downlink this instance sent finds it in memory and only
 * deletes the shared copy (one statement), one of a downlink another instance sent reads it from
 * the shared store. The shared store decides who takes a context, so a copy of an acknowledgement
 * handled by two instances at once moves the counters once. Threading: thread-safe if both stores
 * are.
 */
public final class TieredDownlinkContextRepository implements DownlinkContextRepository {

  private final InMemoryDownlinkContextRepository local;
  private final SharedDownlinkContexts shared;

  public TieredDownlinkContextRepository(
      InMemoryDownlinkContextRepository local, SharedDownlinkContexts shared) {
    this.local = Objects.requireNonNull(local, "local");
    this.shared = Objects.requireNonNull(shared, "shared");
  }

  /** Written to the shared store first: the gateway may acknowledge as soon as it has the frame. */
  @Override
  public void save(DownlinkContext context) {
    shared.save(context);
    local.save(context);
  }

  @Override
  public Optional<DownlinkContext> find(long downlinkId) {
    Optional<DownlinkContext> context = local.find(downlinkId);
    return context.isPresent() ? context : shared.find(downlinkId);
  }

  @Override
  public Optional<DownlinkContext> take(long downlinkId) {
    Optional<DownlinkContext> context = local.take(downlinkId);
    if (context.isEmpty()) {
      return shared.take(downlinkId);
    }
    return shared.remove(downlinkId) ? context : Optional.empty();
  }
}
