package io.longwave.domain.multicast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The multicast queue: items planned per gateway, first in first out. Implementations join the
 * caller's transaction or start one of their own; they are thread-safe.
 */
public interface MulticastQueueRepository {

  void enqueue(MulticastQueueItem item);

  /** The group's items by schedule time, then frame counter. */
  List<MulticastQueueItem> list(UUID groupId);

  /** Items due at {@code now} (schedule time not after it) of every group, oldest first. */
  List<MulticastQueueItem> due(Instant now, int limit);

  /**
   * Removes an item that is about to be sent: true for the one caller that removed it.
   */
  boolean take(UUID id);

  /** Replaces an item (a new ping slot for a late Class B copy). */
  void update(MulticastQueueItem item);

  /** Empties the group's queue; returns how many items were removed. */
  int flush(UUID groupId);

  /** The group's item scheduled last, if any (the next one is planned after it). */
  default Optional<MulticastQueueItem> last(UUID groupId) {
    List<MulticastQueueItem> items = list(groupId);
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
  }
}
