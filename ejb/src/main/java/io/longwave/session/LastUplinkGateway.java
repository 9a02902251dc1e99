package io.longwave.session;

import io.longwave.connector.api.frame.GatewayId;
import java.time.Instant;
import java.util.Objects;

/**
 * The gateway that heard a device's last data uplink best (ChirpStack v3 {@code
 * DeviceGatewayRXInfoSet}, v4 the device session's last uplink's rx-info): Class C downlinks,
 * which answer no uplink, go out through it. Immutable.
 *
 * @param gatewayId the gateway
 * @param board the concentrator board that received the uplink
 * @param antenna the antenna that received it
 * @param at when the network server handled the uplink (also the start of the Class A lock)
 * @param snr the reception's signal-to-noise ratio in dB
 */
public record LastUplinkGateway(GatewayId gatewayId, int board, int antenna, Instant at,
    double snr) {

  public LastUplinkGateway {
    Objects.requireNonNull(gatewayId, "gatewayId");
    Objects.requireNonNull(at, "at");
  }
}
