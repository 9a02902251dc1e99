package io.longwave.geolocation;

import java.util.List;
import java.util.Optional;

/**
 * Checks that gateways span an area: not all at one place and not in a line. Either would let
 * the solvers return a position that the measurements do not determine (anywhere near the place,
 * or mirrored across the line). Works on the horizontal east-north coordinates of a {@link
 * LocalFrame}, from the principal axes of the gateways' spread.
 */
final class GatewayGeometry {

  /** Gateways closer together than this (RMS distance from their mean) are at one place. */
  static final double CO_LOCATED_METRES = 10;
  /** Gateways whose spread across their main axis is below this share of it are in a line. */
  static final double COLLINEAR_RATIO = 0.03;

  private GatewayGeometry() {}

  /**
   * The reason these gateway positions (east, north in metres) cannot fix a position, if any.
   */
  static Optional<LocationResult.NotSolvable> check(List<double[]> positions) {
    int n = positions.size();
    double me = 0;
    double mn = 0;
    for (double[] p : positions) {
      me += p[0];
      mn += p[1];
    }
    me /= n;
    mn /= n;
    double see = 0;
    double snn = 0;
    double sen = 0;
    for (double[] p : positions) {
      double de = p[0] - me;
      double dn = p[1] - mn;
      see += de * de;
      snn += dn * dn;
      sen += de * dn;
    }
    see /= n;
    snn /= n;
    sen /= n;
    // eigenvalues of the 2x2 covariance: the variances along the principal axes
    double half = (see + snn) / 2;
    double root = Math.sqrt(((see - snn) / 2) * ((see - snn) / 2) + sen * sen);
    double major = Math.sqrt(Math.max(0, half + root));
    double minor = Math.sqrt(Math.max(0, half - root));
    if (Math.hypot(major, minor) < CO_LOCATED_METRES) {
      return Optional.of(LocationResult.notSolvable(NotSolvableReason.GATEWAYS_CO_LOCATED,
          String.format("the %d gateways are within %.1f m of each other", n,
              Math.hypot(major, minor))));
    }
    if (minor < COLLINEAR_RATIO * major) {
      return Optional.of(LocationResult.notSolvable(NotSolvableReason.GATEWAYS_COLLINEAR,
          String.format("the %d gateways lie in a line (spread %.0f m along it, %.0f m across)",
              n, major, minor)));
    }
    return Optional.empty();
  }
}
