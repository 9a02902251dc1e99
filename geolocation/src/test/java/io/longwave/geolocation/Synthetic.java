package io.longwave.geolocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic receptions: gateways and a device at known places in a local frame, fine
 * timestamps from the light travel time plus Gaussian noise of a given sigma, and RSSIs from the
 * log-distance model plus Gaussian shadowing, all from a seeded random source.
 */
final class Synthetic {

  static final GeoPoint ORIGIN = new GeoPoint(52.0907, 5.1214, 10);
  static final LocalFrame FRAME = new LocalFrame(ORIGIN);
  /** An arbitrary emission time, in nanoseconds since the GPS epoch. */
  static final long EMITTED_AT = 1_356_091_325_263_021_396L;

  private final Random random;
  private double timestampSigmaNanos;
  private double rssiSigmaDb;
  private double txPowerDbm = -30;
  private double pathLossExponent = 2.7;

  Synthetic(long seed) {
    this.random = new Random(seed);
  }

  Synthetic timestampSigma(double nanos) {
    this.timestampSigmaNanos = nanos;
    return this;
  }

  Synthetic rssiSigma(double db) {
    this.rssiSigmaDb = db;
    return this;
  }

  Random random() {
    return random;
  }

  /** A point {@code east, north, up} metres from the origin. */
  static GeoPoint at(double east, double north, double up) {
    return FRAME.toGeo(east, north, up);
  }

  /** Four gateways on the corners of a square of {@code side} metres centred on the origin. */
  static List<GeoPoint> square(double side) {
    double h = side / 2;
    return List.of(at(-h, -h, 30), at(h, -h, 25), at(h, h, 35), at(-h, h, 30));
  }

  /** The distance between two points, in metres. */
  static double distance(GeoPoint a, GeoPoint b) {
    double[] p = FRAME.toEnu(a);
    double[] q = FRAME.toEnu(b);
    return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])
        + (p[2] - q[2]) * (p[2] - q[2]));
  }

  /** The horizontal distance between two points, in metres. */
  static double horizontalError(GeoPoint a, GeoPoint b) {
    double[] p = FRAME.toEnu(a);
    double[] q = FRAME.toEnu(b);
    return Math.hypot(p[0] - q[0], p[1] - q[1]);
  }

  /** Every gateway's reception of one uplink from {@code device}, all with fine timestamps. */
  UplinkObservation uplink(GeoPoint device, List<GeoPoint> gateways, Instant at) {
    return uplink(device, gateways, gateways.size(), at);
  }

  /**
   * Every gateway's reception of one uplink; the first {@code timed} gateways have a fine
   * timestamp.
   */
  UplinkObservation uplink(GeoPoint device, List<GeoPoint> gateways, int timed, Instant at) {
    List<Reception> rs = new ArrayList<>();
    for (int i = 0; i < gateways.size(); i++) {
      GeoPoint g = gateways.get(i);
      double d = distance(device, g);
      double rssi = txPowerDbm - 10 * pathLossExponent * Math.log10(d)
          + rssiSigmaDb * random.nextGaussian();
      if (i < timed) {
        rs.add(Reception.timed("gw" + i, g, rssi, timestamp(d)));
      } else {
        rs.add(Reception.untimed("gw" + i, g, rssi));
      }
    }
    return new UplinkObservation(at, rs);
  }

  /** The fine timestamp of a reception {@code d} metres away, with noise. */
  long timestamp(double d) {
    return EMITTED_AT
        + Math.round(d / TdoaSolver.SPEED_OF_LIGHT_M_PER_NS
            + timestampSigmaNanos * random.nextGaussian());
  }
}
