package io.longwave.downlink;

import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.classb.GpsTime;
import io.longwave.lorawan.classb.PingSlot;
import io.longwave.lorawan.region.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The transmission of a Class B downlink in a ping slot (LoRaWAN 1.0.4 §13; ChirpStack {@code
 * downlink::classb} and v3 {@code helpers/classb}), shared by unicast and multicast: the first
 * ping slot of the address that starts after now plus the scheduling margin (so that the frame
 * reaches the gateway in time), sent with GPS-epoch timing on the configured ping-slot frequency
 * or, when none is configured (0), on the region's default one for that beacon period (fixed
 * channel plans hop over the beacon channels), at the ping-slot data rate. Stateless.
 */
public final class PingSlotDownlinks {

  /**
   * How far ahead of a ping slot a Class B downlink is handed to the gateway at the latest
   * (ChirpStack v4 {@code class_b_schedule_advance}, and its multicast Class B margin: 5 s).
   */
  public static final Duration DEFAULT_SCHEDULING_MARGIN = Duration.ofSeconds(5);

  private PingSlotDownlinks() {}

  /**
   * The start of the next ping slot of {@code address} after {@code after}, as time since the
   * GPS epoch.
   *
   * @param pingNb ping slots per beacon period (1 to 128, a power of two)
   */
  public static Duration nextPingSlot(DevAddr address, int pingNb, Instant after) {
    Objects.requireNonNull(after, "after");
    return PingSlot.nextPingSlotAfter(address, pingNb, GpsTime.toGpsEpochTime(after));
  }

  /** The ping-slot frequency: the configured one, or the region's for the slot's beacon period. */
  public static long frequencyHz(
      Region region, DevAddr address, long configuredHz, Duration pingSlot) {
    if (configuredHz > 0) {
      return configuredHz;
    }
    return region.pingSlotFrequencyHz(address, GpsTime.beaconTimeSeconds(pingSlot));
  }

  /**
   * The tx-info of a ping-slot downlink.
   *
   * @param txPowerDbm the EIRP, or -1 for the region's default at the frequency
   */
  public static DownlinkTxInfo txInfo(
      Region region, long frequencyHz, int dr, int txPowerDbm, int board, int antenna,
      Duration pingSlot) {
    int power = txPowerDbm >= 0 ? txPowerDbm : DownlinkTxPower.defaultDbm(region.id(), frequencyHz);
    return new DownlinkTxInfo(frequencyHz, power, RadioModulations.downlink(region, dr), board,
        antenna, new DownlinkTiming.GpsEpoch(pingSlot), new byte[0]);
  }

  /** The UTC instant of a ping slot. */
  public static Instant instant(Duration pingSlot) {
    return GpsTime.toInstant(pingSlot);
  }
}
