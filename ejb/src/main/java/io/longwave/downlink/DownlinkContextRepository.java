package io.longwave.downlink;

import java.util.Optional;

/**
 * Keeps {@link DownlinkContext}s from the moment a downlink goes to a gateway until its TX
 * acknowledgement is handled. Entries expire on their own (an acknowledgement that never comes
 * leaves nothing behind). Threading: implementations are thread-safe; {@link #take} is atomic, so
 * of two copies of one acknowledgement only one finds the context.
 */
public interface DownlinkContextRepository {

  void save(DownlinkContext context);

  /** The context of a downlink, if it is still known; it stays stored. */
  Optional<DownlinkContext> find(long downlinkId);

  /** Removes and returns the context of a downlink, if it is still known. */
  Optional<DownlinkContext> take(long downlinkId);
}
