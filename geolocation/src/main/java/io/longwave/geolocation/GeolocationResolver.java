package io.longwave.geolocation;

import java.util.List;

/**
 * Picks the method for a set of uplinks and solves them: TDOA when at least one uplink has fine
 * timestamps from three gateways (its answer is final: a TDOA failure is not hidden by a coarser
 * RSSI estimate), RSSI otherwise. Thread-safe.
 */
public final class GeolocationResolver {

  private final TdoaSolver tdoa;
  private final RssiSolver rssi;

  public GeolocationResolver(GeolocationSettings settings) {
    this.tdoa = new TdoaSolver(settings);
    this.rssi = new RssiSolver(settings);
  }

  /** The device's position from these uplinks (one or more, from the buffer). */
  public LocationResult resolve(List<UplinkObservation> uplinks) {
    if (uplinks == null || uplinks.isEmpty()) {
      return LocationResult.notSolvable(NotSolvableReason.TOO_FEW_GATEWAYS, "no uplink");
    }
    return TdoaSolver.applicable(uplinks) ? tdoa.solve(uplinks) : rssi.solve(uplinks);
  }
}
