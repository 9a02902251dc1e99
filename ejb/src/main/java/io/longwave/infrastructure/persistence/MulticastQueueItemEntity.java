package io.longwave.infrastructure.persistence;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.multicast.MulticastQueueItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code multicast_queue_item}: a {@link MulticastQueueItem}. The Class B emit time is
 * kept in GPS-epoch milliseconds (ping slots start on whole milliseconds).
 */
@Entity
@Table(name = "multicast_queue_item")
public class MulticastQueueItemEntity {

  @Id private UUID id;

  @Column(name = "multicast_group_id", nullable = false)
  private UUID multicastGroupId;

  @Column(name = "gateway_id", nullable = false, length = 16)
  private String gatewayId;

  @Column(name = "f_cnt", nullable = false)
  private long fCnt;

  @Column(name = "f_port", nullable = false)
  private int fPort;

  @Column(nullable = false)
  private byte[] data;

  @Column(name = "schedule_at", nullable = false)
  private Instant scheduleAt;

  @Column(name = "emit_at_gps_ms")
  private Long emitAtGpsMs;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MulticastQueueItemEntity() {}

  MulticastQueueItemEntity(MulticastQueueItem item) {
    this.id = item.id();
    this.multicastGroupId = item.multicastGroupId();
    this.createdAt = item.createdAt();
    update(item);
  }

  final void update(MulticastQueueItem item) {
    gatewayId = item.gatewayId().toString();
    fCnt = item.fCnt();
    fPort = item.fPort();
    data = item.data();
    scheduleAt = item.scheduleAt();
    emitAtGpsMs = item.emitAt() == null ? null : item.emitAt().toMillis();
  }

  MulticastQueueItem toDomain() {
    return new MulticastQueueItem(id, multicastGroupId, GatewayId.parse(gatewayId), fCnt, fPort,
        data, scheduleAt, emitAtGpsMs == null ? null : Duration.ofMillis(emitAtGpsMs), createdAt);
  }
}
