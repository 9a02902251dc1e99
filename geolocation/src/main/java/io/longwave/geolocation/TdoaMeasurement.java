package io.longwave.geolocation;

/**
 * One fine-timestamped reception in a local frame: the gateway's east-north-up position and the
 * reception time relative to the first reception of the same uplink, as a distance.
 *
 * @param frame the index of the uplink it belongs to (each uplink has its own emission time)
 * @param gatewayId the gateway
 * @param east metres
 * @param north metres
 * @param up metres
 * @param rangeMetres the speed of light times the reception time relative to the uplink's
 *     reference reception
 */
record TdoaMeasurement(
    int frame, String gatewayId, double east, double north, double up, double rangeMetres) {

  /** The straight-line distance to another gateway, in metres. */
  double baselineTo(TdoaMeasurement o) {
    double de = east - o.east;
    double dn = north - o.north;
    double du = up - o.up;
    return Math.sqrt(de * de + dn * dn + du * du);
  }

  /** The distance from the point {@code (e, n, u)}, in metres. */
  double distanceFrom(double e, double n, double u) {
    double de = e - east;
    double dn = n - north;
    double du = u - up;
    return Math.sqrt(de * de + dn * dn + du * du);
  }
}
