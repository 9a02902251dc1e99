package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.time.Duration;

/** When a gateway must transmit a downlink (ChirpStack gw.proto {@code Timing}). */
public sealed interface DownlinkTiming extends Serializable
    permits DownlinkTiming.Immediately, DownlinkTiming.Delay, DownlinkTiming.GpsEpoch {

  /** As soon as possible (Class C). */
  record Immediately() implements DownlinkTiming {}

  /**
   * A delay after the uplink identified by the tx-info's context (Class A RX1/RX2).
   *
   * @param delay the delay after the uplink's end of reception
   */
  record Delay(Duration delay) implements DownlinkTiming {}

  /**
   * At a GPS time (Class B ping slots, beacons).
   *
   * @param timeSinceGpsEpoch time since 6 Jan 1980 00:00:00 UTC
   */
  record GpsEpoch(Duration timeSinceGpsEpoch) implements DownlinkTiming {}
}
