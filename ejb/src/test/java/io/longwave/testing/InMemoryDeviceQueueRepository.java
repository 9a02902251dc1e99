package io.longwave.testing;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Device queues in a list, ordered as the database orders them. The device class of {@link
 * #devicesWithQueuedItems} is looked up in the session repository given, as the database joins
 * the sessions; without one every device counts as being in the class asked for.
 */
public final class InMemoryDeviceQueueRepository implements DeviceQueueRepository {

  private final List<DeviceQueueItem> items = new ArrayList<>();
  private final DeviceSessionRepository sessions;
  private int reads;

  public InMemoryDeviceQueueRepository() {
    this(null);
  }

  /** Queues whose devices' classes are those of the sessions in {@code sessions}. */
  public InMemoryDeviceQueueRepository(DeviceSessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public synchronized void enqueue(DeviceQueueItem item) {
    items.add(item);
  }

  @Override
  public synchronized List<DeviceQueueItem> list(Eui64 devEui) {
    reads++;
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

  /** How often a device's queue was read (each a query on the database). */
  public synchronized int reads() {
    return reads;
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
  public synchronized boolean delete(UUID id) {
    return items.removeIf(i -> i.id().equals(id));
  }

  @Override
  public synchronized List<Eui64> devicesWithQueuedItems(
      DeviceClass deviceClass, Instant now, Eui64 after, int limit) {
    TreeSet<Eui64> devices = new TreeSet<>();
    for (DeviceQueueItem i : items) {
      boolean due = !i.pending() || (i.timeoutAfter() != null && i.timeoutAfter().isBefore(now));
      if (due && (after == null || i.devEui().compareTo(after) > 0)
          && inClass(i.devEui(), deviceClass)) {
        devices.add(i.devEui());
      }
    }
    return devices.stream().limit(limit).toList();
  }

  private boolean inClass(Eui64 devEui, DeviceClass deviceClass) {
    return sessions == null
        || sessions.find(devEui).map(s -> s.deviceClass() == deviceClass).orElse(false);
  }

  @Override
  public synchronized int flush(Eui64 devEui) {
    int before = items.size();
    items.removeIf(i -> i.devEui().equals(devEui));
    return before - items.size();
  }
}
