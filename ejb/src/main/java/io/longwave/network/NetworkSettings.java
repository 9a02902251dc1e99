package io.longwave.network;

import io.longwave.lorawan.NetId;
import java.time.Duration;
import java.util.Objects;

/**
 * The network server's settings, with ChirpStack's defaults (see the README's configuration
 * table for their keys).
 *
 * @param netId the NetID: device addresses are allocated under it
 * @param getDownlinkDataDelay how long a Class A answer waits after an uplink for the application
 *     to enqueue something (100 ms)
 * @param rxWindow which receive windows Class A answers use
 * @param gatewayMinMarginDb SNR margin that makes a gateway a candidate for downlinks (10 dB)
 * @param installationMarginDb the ADR installation margin (10 dB)
 * @param downlinkTxPowerDbm the downlink EIRP, or -1 for the region's default
 * @param maxMacCommandErrors after how many rejected or unanswered attempts a MAC request stops
 * @param flushQueueOnJoin empty a device's queue when it (re)joins
 */
public record NetworkSettings(
    NetId netId,
    Duration getDownlinkDataDelay,
    RxWindow rxWindow,
    double gatewayMinMarginDb,
    double installationMarginDb,
    int downlinkTxPowerDbm,
    int maxMacCommandErrors,
    boolean flushQueueOnJoin) {

  /** Which receive windows a Class A answer is offered in. */
  public enum RxWindow {
    /** RX1, with RX2 as the fallback item (ChirpStack's default, 0). */
    RX1_AND_RX2,
    /** RX1 only. */
    RX1,
    /** RX2 only. */
    RX2
  }

  public NetworkSettings {
    Objects.requireNonNull(netId, "netId");
    Objects.requireNonNull(getDownlinkDataDelay, "getDownlinkDataDelay");
    Objects.requireNonNull(rxWindow, "rxWindow");
  }

  /** ChirpStack's defaults, with the experimental NetID 000000. */
  public static NetworkSettings defaults() {
    return new NetworkSettings(
        new NetId(0), Duration.ofMillis(100), RxWindow.RX1_AND_RX2, 10, 10, -1, 3, true);
  }
}
