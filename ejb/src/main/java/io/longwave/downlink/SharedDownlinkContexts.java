package io.longwave.downlink;

import java.time.Instant;

/**
 * Downlink contexts every network-server instance on the same database sees, so that a TX
 * acknowledgement handled by another instance than the one that sent the downlink still finds
 * its context. {@link #take} and {@link #remove} are atomic across instances: of two takers of
 * one context only one gets it. Entries expire after a time to live; {@link #deleteExpired} frees
 * their storage. Threading: implementations are thread-safe.
 */
public interface SharedDownlinkContexts extends DownlinkContextRepository {

  /** Deletes a downlink's context; true when it was still stored (it is now this caller's). */
  boolean remove(long downlinkId);

  /**
   * Deletes the contexts expired at {@code now}.
   *
   * @return how many were deleted
   */
  int deleteExpired(Instant now);
}
