package io.longwave.console;

import io.longwave.console.converter.HexPayload;
import io.longwave.domain.device.DeviceQueueItem;
import java.io.Serializable;

/** A downlink waiting in a device's queue, as the device page shows it. */
public record QueueRow(String id, int fPort, String payloadHex, boolean confirmed,
    boolean pending, String fCnt, String enqueuedAt) implements Serializable {

  public static QueueRow of(DeviceQueueItem item) {
    return new QueueRow(item.id().toString(), item.fPort(), HexPayload.format(item.data()),
        item.confirmed(), item.pending(), item.fCntDown() < 0 ? "" : Long.toString(
            item.fCntDown()), ConsoleTime.format(item.createdAt(), ""));
  }
}
