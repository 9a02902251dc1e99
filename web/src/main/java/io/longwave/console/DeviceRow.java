package io.longwave.console;

import io.longwave.domain.device.DeviceSummary;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A device as the device list shows it. */
public record DeviceRow(String devEui, String name, String deviceProfileName, String lastSeen,
    ActivityStatus status) implements Serializable {

  /** The row of {@code summary}, whose profile expects an uplink every {@code uplinkInterval}. */
  public static DeviceRow of(DeviceSummary summary, Duration uplinkInterval, Instant now) {
    return new DeviceRow(summary.device().devEui().toString(), summary.device().name(),
        summary.deviceProfileName(), ConsoleTime.format(summary.lastSeenAt(), "never"),
        ActivityStatus.ofDevice(summary.lastSeenAt(), uplinkInterval, now));
  }
}
