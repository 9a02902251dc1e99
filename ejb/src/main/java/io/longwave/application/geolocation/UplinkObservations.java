package io.longwave.application.geolocation;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.geolocation.GeoPoint;
import io.longwave.geolocation.Reception;
import io.longwave.geolocation.UplinkObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns a data uplink's receptions into what the solvers use. The gateway's position is the
 * rx-info's location when it has a usable one (finite, in range, and not 0°, 0°, which gateways
 * without GPS report), otherwise the registered gateway's. Only plain fine timestamps count: an
 * encrypted one needs the board's key, which Longwave does not hold, so that reception is used
 * for RSSI only.
 */
final class UplinkObservations {

  private UplinkObservations() {}

  /** The observation of {@code event}, received at {@code at}. */
  static UplinkObservation of(
      DataUplinkEvent event, Instant at, RegisteredGatewayLocations registered) {
    List<Reception> receptions = new ArrayList<>(event.rxInfo().size());
    for (UplinkRxInfo rx : event.rxInfo()) {
      GeoPoint position = position(rx.location());
      if (position == null) {
        position = registered.locate(rx.gatewayId()).orElse(null);
      }
      OptionalLong fine =
          rx.fineTimestamp() instanceof FineTimestamp.Plain p
              ? OptionalLong.of(p.timeSinceGpsEpochNanos())
              : OptionalLong.empty();
      receptions.add(
          new Reception(rx.gatewayId().toString(), position, rx.rssi(), rx.snr(), fine));
    }
    return new UplinkObservation(at, receptions);
  }

  /** The rx-info's location as a position, or null when it is missing or unusable. */
  static GeoPoint position(GatewayLocation l) {
    if (l == null
        || !GeoPoint.isValid(l.latitude(), l.longitude(), l.altitude())
        || (l.latitude() == 0 && l.longitude() == 0)) {
      return null;
    }
    return new GeoPoint(l.latitude(), l.longitude(), l.altitude());
  }
}
