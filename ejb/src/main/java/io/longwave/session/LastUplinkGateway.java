package io.longwave.session;

import io.longwave.connector.api.frame.GatewayId;
import java.time.Instant;
import java.util.Objects;

/**
 * A gateway that heard a device's last data uplink (ChirpStack v3 {@code
 * DeviceGatewayRXInfoSet}, v4 the device session's last uplink's rx-info): Class B and C
 * downlinks, which answer no uplink, go out through one of them, and multicast downlinks through
 * a set of them covering the group. Immutable.
 *
 * @param gatewayId the gateway
 * @param board the concentrator board that received the uplink
 * @param antenna the antenna that received it
 * @param at when the network server handled the uplink (also the start of the Class A lock)
 * @param snr the reception's signal-to-noise ratio in dB
 * @param gpsSynchronised the gateway gave the reception's time since the GPS epoch, so its clock
 *     is GPS-locked and it can transmit at a GPS time (Class B ping slots)
 */
public record LastUplinkGateway(GatewayId gatewayId, int board, int antenna, Instant at,
    double snr, boolean gpsSynchronised) {

  public LastUplinkGateway {
    Objects.requireNonNull(gatewayId, "gatewayId");
    Objects.requireNonNull(at, "at");
  }

  /** A reception by a gateway not known to be GPS-synchronised. */
  public LastUplinkGateway(GatewayId gatewayId, int board, int antenna, Instant at, double snr) {
    this(gatewayId, board, antenna, at, snr, false);
  }
}
