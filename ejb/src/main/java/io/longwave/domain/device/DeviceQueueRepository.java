package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A device's downlink queue, first in first out. Threading: implementations are thread-safe. */
public interface DeviceQueueRepository {

  void enqueue(DeviceQueueItem item);

  /** The items in order: a pending item, if any, first. */
  List<DeviceQueueItem> list(Eui64 devEui);

  /** The item to send next (the oldest), if any. */
  default Optional<DeviceQueueItem> next(Eui64 devEui) {
    return list(devEui).stream().findFirst();
  }

  /** Replaces an item (for example when it becomes pending). */
  void update(DeviceQueueItem item);

  /** Deletes an item; true when it was still queued (of two deleters, one gets true). */
  boolean delete(UUID id);

  /**
   * Devices whose session is in {@code deviceClass} and that have an item to act on at {@code
   * now}: one not sent yet, or a pending one whose timeout has passed. For the Class B/C
   * scheduler, which walks them in DevEUI order over several runs.
   *
   * @param after only DevEUIs greater than this one, or null to start from the lowest
   * @param limit at most this many
   * @return DevEUIs in ascending order
   */
  List<Eui64> devicesWithQueuedItems(DeviceClass deviceClass, Instant now, Eui64 after, int limit);

  /** Empties the device's queue and returns how many items were removed. */
  int flush(Eui64 devEui);
}
