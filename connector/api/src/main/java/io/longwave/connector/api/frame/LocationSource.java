package io.longwave.connector.api.frame;

/** Where a location came from (ChirpStack common.proto {@code LocationSource}). */
public enum LocationSource {
  UNKNOWN,
  GPS,
  CONFIG,
  GEO_RESOLVER_TDOA,
  GEO_RESOLVER_RSSI,
  GEO_RESOLVER_GNSS,
  GEO_RESOLVER_WIFI
}
