/**
 * Geolocation of LoRaWAN end-devices from the metadata of their uplinks: TDOA multilateration
 * from the gateways' fine timestamps (Levenberg-Marquardt least squares on a local east-north-up
 * frame around the gateways, with residual-based outlier rejection), an RSSI estimate from a
 * log-distance path-loss model when fewer than three fine timestamps are available, and a buffer
 * that combines several uplinks of a device within a TTL into one solve, as ChirpStack's
 * geolocation buffer does. Pure Java: no container, no I/O. Bad or degenerate input gives a
 * {@link io.longwave.geolocation.LocationResult.NotSolvable} with a reason, never an exception
 * and never a wrong fix.
 */
package io.longwave.geolocation;
