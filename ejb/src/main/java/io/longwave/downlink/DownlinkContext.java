package io.longwave.downlink;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the network server remembers of a data downlink it handed to a gateway, until the
 * gateway's TX acknowledgement says which item (if any) went on air (ChirpStack's stored {@code
 * internal.DownlinkFrame}). The counters advance and the queue item moves on only then.
 *
 * @param downlinkId the id of the downlink frame, echoed by the acknowledgement
 * @param devEui the device
 * @param items one entry per frame item, in the same order (RX1, RX2)
 * @param ack the downlink acknowledges a confirmed uplink
 * @param createdAt when the downlink was sent to the gateway
 * @param emitAt when the gateway transmits it, for a downlink at a GPS time (Class B ping
 *     slot); otherwise null (at once, or in a receive window of an uplink)
 */
public record DownlinkContext(
    long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt,
    Instant emitAt) {

  public DownlinkContext {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(createdAt, "createdAt");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a downlink context needs at least one item");
    }
  }

  /** The context of a downlink sent at once or in a receive window. */
  public DownlinkContext(
      long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt) {
    this(downlinkId, devEui, items, ack, createdAt, null);
  }

  /**
   * What one frame item carried.
   *
   * @param fCnt the full 32-bit frame counter it was sent with
   * @param counter which of the session's counters that is
   * @param queueItemId the queue item it carried, or null for a frame without application data
   * @param confirmed a confirmed data down frame
   */
  public record Item(long fCnt, DownlinkCounter counter, UUID queueItemId, boolean confirmed) {

    public Item {
      Objects.requireNonNull(counter, "counter");
    }

    /** True when the item carried a queue item. */
    public boolean hasQueueItem() {
      return queueItemId != null;
    }
  }
}
