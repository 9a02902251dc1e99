package io.longwave.testing;

import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.lorawan.Eui64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Device queues in a list, ordered as the database orders them. */
public final class InMemoryDeviceQueueRepository implements DeviceQueueRepository {

  private final List<DeviceQueueItem> items = new ArrayList<>();

  @Override
  public synchronized void enqueue(DeviceQueueItem item) {
    items.add(item);
  }

  @Override
  public synchronized List<DeviceQueueItem> list(Eui64 devEui) {
    List<DeviceQueueItem> l = new ArrayList<>();
    for (DeviceQueueItem i : items) {
      if (i.devEui().equals(devEui)) {
        l.add(i);
      }
    }
    // a pending item first, then by creation (stable for equal times)
    l.sort(Comparator.comparing((DeviceQueueItem i) -> !i.pending()));
    return l;
  }

  @Override
  public synchronized void update(DeviceQueueItem item) {
    for (int n = 0; n < items.size(); n++) {
      if (items.get(n).id().equals(item.id())) {
        items.set(n, item);
        return;
      }
    }
    throw new IllegalArgumentException("no queue item " + item.id());
  }

  @Override
  public synchronized void delete(UUID id) {
    items.removeIf(i -> i.id().equals(id));
  }

  @Override
  public synchronized int flush(Eui64 devEui) {
    int before = items.size();
    items.removeIf(i -> i.devEui().equals(devEui));
    return before - items.size();
  }
}
