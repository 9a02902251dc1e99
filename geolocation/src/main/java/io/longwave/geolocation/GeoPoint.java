package io.longwave.geolocation;

/**
 * A position in WGS 84. Immutable.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 * @param altitude metres above the WGS 84 ellipsoid (gateways report height above sea level; the
 *     difference does not matter on the scale of a local solve)
 */
public record GeoPoint(double latitude, double longitude, double altitude) {

  public GeoPoint {
    if (!isValid(latitude, longitude, altitude)) {
      throw new IllegalArgumentException(
          "not a WGS 84 position: " + latitude + ", " + longitude + ", " + altitude);
    }
  }

  /** True when the values make a position: finite, latitude and longitude in range. */
  public static boolean isValid(double latitude, double longitude, double altitude) {
    return Double.isFinite(latitude)
        && Double.isFinite(longitude)
        && Double.isFinite(altitude)
        && Math.abs(latitude) <= 90
        && Math.abs(longitude) <= 180;
  }
}
