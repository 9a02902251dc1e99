package io.longwave.domain.device;

import io.longwave.connector.api.frame.LocationSource;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a device was last located from its uplinks (ChirpStack common.proto {@code Location}).
 * Immutable.
 *
 * @param devEui the device
 * @param latitude degrees, WGS 84
 * @param longitude degrees, WGS 84
 * @param altitude metres
 * @param accuracyMetres horizontal uncertainty, one standard deviation
 * @param source how it was found ({@code GEO_RESOLVER_TDOA} or {@code GEO_RESOLVER_RSSI})
 * @param gatewayCount how many gateways the solve used
 * @param updatedAt when it was found
 */
public record DeviceLocation(
    Eui64 devEui,
    double latitude,
    double longitude,
    double altitude,
    double accuracyMetres,
    LocationSource source,
    int gatewayCount,
    Instant updatedAt) {

  public DeviceLocation {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
