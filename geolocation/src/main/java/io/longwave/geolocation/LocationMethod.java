package io.longwave.geolocation;

/** How a position was found (ChirpStack common.proto {@code LocationSource}: GEO_RESOLVER_*). */
public enum LocationMethod {
  /** Time difference of arrival between gateways with fine timestamps. */
  TDOA,
  /** Received signal strength at gateways, with a log-distance path-loss model. */
  RSSI
}
