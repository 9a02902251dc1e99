package io.longwave.application.event;

import io.longwave.connector.api.frame.LocationSource;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A device located from the metadata of its uplinks (ChirpStack's {@code location} event).
 *
 * @param deduplicationId the uplink whose arrival gave the location (with the buffered ones)
 * @param devEui the device
 * @param latitude degrees, WGS 84
 * @param longitude degrees, WGS 84
 * @param altitude metres
 * @param accuracyMetres horizontal uncertainty, one standard deviation
 * @param source {@code GEO_RESOLVER_TDOA} or {@code GEO_RESOLVER_RSSI}
 * @param gatewayCount how many gateways the solve used
 * @param uplinkCount how many uplinks the solve combined
 * @param resolvedAt when it was found
 */
public record LocationEvent(
    UUID deduplicationId,
    Eui64 devEui,
    double latitude,
    double longitude,
    double altitude,
    double accuracyMetres,
    LocationSource source,
    int gatewayCount,
    int uplinkCount,
    Instant resolvedAt) {

  public LocationEvent {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(source, "source");
  }
}
