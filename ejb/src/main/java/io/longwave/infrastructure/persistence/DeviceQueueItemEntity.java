package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.lorawan.Eui64;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code device_queue_item}: a {@link DeviceQueueItem}. The frame counter of an item not
 * yet sent (-1 in the domain) is stored as null, as ChirpStack stores it.
 */
@Entity
@Table(name = "device_queue_item")
public class DeviceQueueItemEntity {

  @Id private UUID id;

  @Column(name = "dev_eui", nullable = false, length = 16)
  private String devEui;

  @Column(name = "f_port", nullable = false)
  private int fPort;

  @Column(nullable = false)
  private byte[] data;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(name = "is_pending", nullable = false)
  private boolean pending;

  @Column(name = "f_cnt_down")
  private Long fCntDown;

  @Column(name = "timeout_after")
  private Instant timeoutAfter;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DeviceQueueItemEntity() {}

  /** A new row for {@code item}; an item without a creation time is created {@code now}. */
  DeviceQueueItemEntity(DeviceQueueItem item, Instant now) {
    this.id = item.id();
    this.devEui = item.devEui().toString();
    this.createdAt = item.createdAt() == null ? now : item.createdAt();
    update(item);
  }

  /** Copies the changeable values of {@code item}: payload, flags, counter and timeout. */
  final void update(DeviceQueueItem item) {
    fPort = item.fPort();
    data = item.data();
    confirmed = item.confirmed();
    pending = item.pending();
    fCntDown = item.fCntDown() < 0 ? null : item.fCntDown();
    timeoutAfter = item.timeoutAfter();
  }

  DeviceQueueItem toDomain() {
    return new DeviceQueueItem(
        id,
        Eui64.parse(devEui),
        fPort,
        data,
        confirmed,
        pending,
        fCntDown == null ? -1 : fCntDown,
        timeoutAfter,
        createdAt);
  }
}
