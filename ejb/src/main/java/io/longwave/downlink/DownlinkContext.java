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
 * <p>A multicast downlink (LoRaWAN TS005) has a context too, naming its group instead of a
 * device: its acknowledgement only says whether the gateway sent it. So has a join-accept (LoRaWAN
 * 1.0.4 §6.2.6), without items: its acknowledgement moves no counter and no queue item, it is
 * only matched, by whichever instance handles it, and recorded in the frame log.
 *
 * @param downlinkId the id of the downlink frame, echoed by the acknowledgement
 * @param devEui the device; null for a multicast downlink
 * @param items one entry per frame item, in the same order (RX1, RX2); none for a join-accept
 * @param ack the downlink acknowledges a confirmed uplink
 * @param createdAt when the downlink was sent to the gateway
 * @param emitAt when the gateway transmits it, for a downlink at a GPS time (Class B ping
 *     slot); otherwise null (at once, or in a receive window of an uplink)
 * @param multicastGroupId the multicast group of a multicast downlink; otherwise null
 * @param joinAccept the downlink is a device's join-accept
 */
public record DownlinkContext(
    long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt,
    Instant emitAt, UUID multicastGroupId, boolean joinAccept) {

  public DownlinkContext {
    if ((devEui == null) == (multicastGroupId == null)) {
      throw new IllegalArgumentException(
          "a downlink context names either a device or a multicast group");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    items = List.copyOf(items);
    if (joinAccept && (devEui == null || !items.isEmpty() || ack)) {
      throw new IllegalArgumentException("a join-accept context names a device and no items");
    }
    if (!joinAccept && items.isEmpty()) {
      throw new IllegalArgumentException("a downlink context needs at least one item");
    }
  }

  /** A data or multicast downlink's context. */
  public DownlinkContext(
      long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt,
      Instant emitAt, UUID multicastGroupId) {
    this(downlinkId, devEui, items, ack, createdAt, emitAt, multicastGroupId, false);
  }

  /** The context of a device's downlink. */
  public DownlinkContext(
      long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt,
      Instant emitAt) {
    this(downlinkId, Objects.requireNonNull(devEui, "devEui"), items, ack, createdAt, emitAt,
        null);
  }

  /** The context of a device's downlink sent at once or in a receive window. */
  public DownlinkContext(
      long downlinkId, Eui64 devEui, List<Item> items, boolean ack, Instant createdAt) {
    this(downlinkId, devEui, items, ack, createdAt, null);
  }

  /**
   * The context of one gateway's copy of a multicast frame: a single item with the group's frame
   * counter and no queue item (the copy left the queue when it was sent).
   */
  public static DownlinkContext multicast(
      long downlinkId, UUID multicastGroupId, long fCnt, Instant createdAt, Instant emitAt) {
    return new DownlinkContext(downlinkId, null,
        List.of(new Item(fCnt, DownlinkCounter.NETWORK, null, false)), false, createdAt, emitAt,
        Objects.requireNonNull(multicastGroupId, "multicastGroupId"));
  }

  /** The context of a device's join-accept handed to a gateway at {@code createdAt}. */
  public static DownlinkContext joinAccept(long downlinkId, Eui64 devEui, Instant createdAt) {
    return new DownlinkContext(downlinkId, Objects.requireNonNull(devEui, "devEui"), List.of(),
        false, createdAt, null, null, true);
  }

  /** True for the context of a multicast downlink. */
  public boolean multicast() {
    return multicastGroupId != null;
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
