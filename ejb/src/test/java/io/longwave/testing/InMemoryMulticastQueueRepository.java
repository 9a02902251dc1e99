package io.longwave.testing;

import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.domain.multicast.MulticastQueueRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The multicast queue in memory, in the order of the JPA repository. */
public final class InMemoryMulticastQueueRepository implements MulticastQueueRepository {

  private static final Comparator<MulticastQueueItem> ORDER =
      Comparator.comparing(MulticastQueueItem::scheduleAt)
          .thenComparingLong(MulticastQueueItem::fCnt)
          .thenComparing(MulticastQueueItem::id);

  private final List<MulticastQueueItem> items = new ArrayList<>();

  @Override
  public synchronized void enqueue(MulticastQueueItem item) {
    items.add(item);
  }

  @Override
  public synchronized List<MulticastQueueItem> list(UUID groupId) {
    return items.stream().filter(i -> i.multicastGroupId().equals(groupId)).sorted(ORDER)
        .toList();
  }

  @Override
  public synchronized List<MulticastQueueItem> due(Instant now, int limit) {
    return items.stream().filter(i -> !i.scheduleAt().isAfter(now))
        .sorted(Comparator.comparing(MulticastQueueItem::scheduleAt)
            .thenComparing(MulticastQueueItem::id))
        .limit(limit).toList();
  }

  @Override
  public synchronized boolean take(UUID id) {
    return items.removeIf(i -> i.id().equals(id));
  }

  @Override
  public synchronized void update(MulticastQueueItem item) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(item.id())) {
        items.set(i, item);
        return;
      }
    }
    throw new IllegalArgumentException("no multicast queue item " + item.id());
  }

  @Override
  public synchronized int flush(UUID groupId) {
    int before = items.size();
    items.removeIf(i -> i.multicastGroupId().equals(groupId));
    return before - items.size();
  }
}
