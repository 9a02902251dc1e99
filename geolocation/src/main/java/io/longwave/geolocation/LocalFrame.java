package io.longwave.geolocation;

/**
 * A local east-north-up frame, in metres, tangent to the WGS 84 ellipsoid at an origin: positions
 * go through earth-centred earth-fixed coordinates and back. Over the tens of kilometres a LoRa
 * network spans, distances in this frame are the straight-line distances radio waves travel.
 * Immutable and thread-safe.
 */
public final class LocalFrame {

  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257_223_563;
  private static final double E2 = F * (2 - F);

  private final GeoPoint origin;
  private final double[] originEcef;
  private final double sinLat;
  private final double cosLat;
  private final double sinLon;
  private final double cosLon;

  /** The frame tangent at {@code origin}. */
  public LocalFrame(GeoPoint origin) {
    this.origin = origin;
    this.originEcef = ecef(origin);
    double lat = Math.toRadians(origin.latitude());
    double lon = Math.toRadians(origin.longitude());
    sinLat = Math.sin(lat);
    cosLat = Math.cos(lat);
    sinLon = Math.sin(lon);
    cosLon = Math.cos(lon);
  }

  /** The frame around the mean position of {@code points} (at least one). */
  public static LocalFrame around(Iterable<GeoPoint> points) {
    double x = 0;
    double y = 0;
    double z = 0;
    int n = 0;
    for (GeoPoint p : points) {
      double[] e = ecef(p);
      x += e[0];
      y += e[1];
      z += e[2];
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("a frame needs at least one point");
    }
    return new LocalFrame(fromEcef(x / n, y / n, z / n));
  }

  public GeoPoint origin() {
    return origin;
  }

  /** {@code p} as {east, north, up} metres from the origin. */
  public double[] toEnu(GeoPoint p) {
    double[] e = ecef(p);
    double dx = e[0] - originEcef[0];
    double dy = e[1] - originEcef[1];
    double dz = e[2] - originEcef[2];
    double east = -sinLon * dx + cosLon * dy;
    double north = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz;
    double up = cosLat * cosLon * dx + cosLat * sinLon * dy + sinLat * dz;
    return new double[] {east, north, up};
  }

  /** The position {@code east, north, up} metres from the origin. */
  public GeoPoint toGeo(double east, double north, double up) {
    double dx = -sinLon * east - sinLat * cosLon * north + cosLat * cosLon * up;
    double dy = cosLon * east - sinLat * sinLon * north + cosLat * sinLon * up;
    double dz = cosLat * north + sinLat * up;
    return fromEcef(originEcef[0] + dx, originEcef[1] + dy, originEcef[2] + dz);
  }

  static double[] ecef(GeoPoint p) {
    double lat = Math.toRadians(p.latitude());
    double lon = Math.toRadians(p.longitude());
    double sin = Math.sin(lat);
    double n = A / Math.sqrt(1 - E2 * sin * sin);
    double r = (n + p.altitude()) * Math.cos(lat);
    return new double[] {
      r * Math.cos(lon), r * Math.sin(lon), (n * (1 - E2) + p.altitude()) * sin
    };
  }

  /** Bowring's iteration-free inverse, exact to well under a millimetre near the surface. */
  static GeoPoint fromEcef(double x, double y, double z) {
    double b = A * (1 - F);
    double ep2 = (A * A - b * b) / (b * b);
    double p = Math.hypot(x, y);
    double theta = Math.atan2(z * A, p * b);
    double sinT = Math.sin(theta);
    double cosT = Math.cos(theta);
    double lat = Math.atan2(z + ep2 * b * sinT * sinT * sinT, p - E2 * A * cosT * cosT * cosT);
    double lon = Math.atan2(y, x);
    double sin = Math.sin(lat);
    double n = A / Math.sqrt(1 - E2 * sin * sin);
    double cos = Math.cos(lat);
    double alt = Math.abs(cos) > 1e-9 ? p / cos - n : Math.abs(z) - b;
    return new GeoPoint(Math.toDegrees(lat), Math.toDegrees(lon), alt);
  }
}
