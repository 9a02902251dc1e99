package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A downlink waiting for a device (ChirpStack's device queue item). The payload is kept in plain
 * text and encrypted with the frame counter it is finally sent with.
 *
 * @param id the item's id
 * @param devEui the device
 * @param fPort the FPort, 1..223
 * @param data the application payload, plain
 * @param confirmed whether the device must acknowledge it
 * @param pending a confirmed item sent and waiting for its ACK
 * @param fCntDown the frame counter it was sent with, or -1 before it is sent
 * @param timeoutAfter when a pending item times out (no ACK), or null
 * @param createdAt when it was enqueued
 */
public record DeviceQueueItem(
    UUID id,
    Eui64 devEui,
    int fPort,
    byte[] data,
    boolean confirmed,
    boolean pending,
    long fCntDown,
    Instant timeoutAfter,
    Instant createdAt) {

  public DeviceQueueItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(devEui, "devEui");
    if (fPort < 1 || fPort > 223) {
      throw new IllegalArgumentException("a downlink's FPort is 1..223, got " + fPort);
    }
    data = data == null ? new byte[0] : data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The item once sent as a confirmed downlink waiting for its ACK. */
  public DeviceQueueItem sentPending(long withFCntDown, Instant timeout) {
    return new DeviceQueueItem(
        id, devEui, fPort, data, confirmed, true, withFCntDown, timeout, createdAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceQueueItem i
        && id.equals(i.id)
        && devEui.equals(i.devEui)
        && fPort == i.fPort
        && Arrays.equals(data, i.data)
        && confirmed == i.confirmed
        && pending == i.pending
        && fCntDown == i.fCntDown
        && Objects.equals(timeoutAfter, i.timeoutAfter)
        && Objects.equals(createdAt, i.createdAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
