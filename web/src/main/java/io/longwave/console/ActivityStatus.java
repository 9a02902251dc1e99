package io.longwave.console;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a device or gateway is heard from, decided as the dashboard counts it (ChirpStack v3):
 * a device is active when seen within 1.5 times its profile's uplink interval; a gateway is
 * online when seen within twice its statistics interval (30 s without a gateway profile).
 */
public enum ActivityStatus {
  ACTIVE("active"),
  INACTIVE("inactive"),
  ONLINE("online"),
  OFFLINE("offline"),
  NEVER_SEEN("never seen");

  /** The statistics interval of gateways without a profile (packet forwarders' default). */
  public static final Duration DEFAULT_STATS_INTERVAL = Duration.ofSeconds(30);

  private final String label;

  ActivityStatus(String label) {
    this.label = label;
  }

  /** The word the console shows. */
  public String label() {
    return label;
  }

  /** A device last seen at {@code lastSeenAt} (null: never) with this uplink interval. */
  public static ActivityStatus ofDevice(Instant lastSeenAt, Duration uplinkInterval,
      Instant now) {
    if (lastSeenAt == null) {
      return NEVER_SEEN;
    }
    Duration window = uplinkInterval.multipliedBy(3).dividedBy(2);
    return lastSeenAt.isBefore(now.minus(window)) ? INACTIVE : ACTIVE;
  }

  /**
   * A gateway last seen at {@code lastSeenAt} (null: never) that reports statistics every
   * {@code statsInterval} (null or zero: the default).
   */
  public static ActivityStatus ofGateway(Instant lastSeenAt, Duration statsInterval,
      Instant now) {
    if (lastSeenAt == null) {
      return NEVER_SEEN;
    }
    Duration interval = statsInterval == null || statsInterval.isZero() || statsInterval
        .isNegative() ? DEFAULT_STATS_INTERVAL : statsInterval;
    return lastSeenAt.isBefore(now.minus(interval.multipliedBy(2))) ? OFFLINE : ONLINE;
  }
}
