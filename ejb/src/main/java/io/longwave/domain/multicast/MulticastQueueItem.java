package io.longwave.domain.multicast;

import io.longwave.connector.api.frame.GatewayId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One frame of a multicast group planned for one gateway (ChirpStack v3 {@code
 * multicast_queue}): a payload enqueued once is planned for every gateway of the group's gateway
 * set, each copy with the same frame counter. The payload is kept plain and encrypted with the
 * McAppSKey when it is sent. Immutable.
 *
 * @param id the item's id
 * @param multicastGroupId the group
 * @param gatewayId the gateway that transmits this copy
 * @param fCnt the frame counter of the frame
 * @param fPort the FPort, 1..223
 * @param data the application payload, plain
 * @param scheduleAt when the scheduler hands it to the gateway
 * @param emitAt Class B: the ping slot it goes out in, as time since the GPS epoch; null for
 *     Class C (at once)
 * @param createdAt when it was enqueued
 */
public record MulticastQueueItem(
    UUID id,
    UUID multicastGroupId,
    GatewayId gatewayId,
    long fCnt,
    int fPort,
    byte[] data,
    Instant scheduleAt,
    Duration emitAt,
    Instant createdAt) {

  public MulticastQueueItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(multicastGroupId, "multicastGroupId");
    Objects.requireNonNull(gatewayId, "gatewayId");
    Objects.requireNonNull(scheduleAt, "scheduleAt");
    Objects.requireNonNull(createdAt, "createdAt");
    if (fPort < 1 || fPort > 223) {
      throw new IllegalArgumentException("a downlink's FPort is 1..223, got " + fPort);
    }
    data = data == null ? new byte[0] : data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MulticastQueueItem i
        && id.equals(i.id)
        && multicastGroupId.equals(i.multicastGroupId)
        && gatewayId.equals(i.gatewayId)
        && fCnt == i.fCnt
        && fPort == i.fPort
        && Arrays.equals(data, i.data)
        && scheduleAt.equals(i.scheduleAt)
        && Objects.equals(emitAt, i.emitAt)
        && createdAt.equals(i.createdAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
