package io.longwave.geolocation;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One gateway's reception of an uplink, as the solvers use it. Values are taken as given:
 * {@link GeolocationResolver} leaves out receptions with a missing or non-finite position or RSSI
 * instead of failing. Immutable.
 *
 * @param gatewayId the gateway, in any stable text form (receptions are grouped by it)
 * @param gatewayPosition where the gateway's antenna is, or null when unknown
 * @param rssiDbm received signal strength in dBm
 * @param snrDb signal-to-noise ratio in dB
 * @param fineTimestampNanos the fine reception timestamp in nanoseconds (since the GPS epoch or
 *     within the second: only differences between gateways modulo one second are used), or empty
 */
public record Reception(
    String gatewayId,
    GeoPoint gatewayPosition,
    double rssiDbm,
    double snrDb,
    OptionalLong fineTimestampNanos) {

  public Reception {
    Objects.requireNonNull(gatewayId, "gatewayId");
    fineTimestampNanos = fineTimestampNanos == null ? OptionalLong.empty() : fineTimestampNanos;
  }

  /** A reception with a fine timestamp. */
  public static Reception timed(String gatewayId, GeoPoint position, double rssiDbm, long nanos) {
    return new Reception(gatewayId, position, rssiDbm, 0, OptionalLong.of(nanos));
  }

  /** A reception without a fine timestamp. */
  public static Reception untimed(String gatewayId, GeoPoint position, double rssiDbm) {
    return new Reception(gatewayId, position, rssiDbm, 0, OptionalLong.empty());
  }

  /** True when the position and the RSSI can be used. */
  boolean usable() {
    return gatewayPosition != null && Double.isFinite(rssiDbm);
  }
}
