package io.longwave.geolocation;

import io.longwave.geolocation.LocationResult.NotSolvable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * A position from received signal strengths, with the log-distance path-loss model {@code RSSI =
 * P0 - 10 n log10(d)}: the transmit power and antenna gains ({@code P0}) are unknown, so only the
 * differences between gateways count. The steps: average each gateway's RSSI over the uplinks;
 * check the gateways span an area; take the centroid of the gateways weighted by {@code 1/d²}
 * (which depends on RSSI differences only); with four gateways or more, refine it by least
 * squares on position and {@code P0}, kept when it converges near the gateways with an
 * uncertainty below the centroid's. The accuracy is
 * the weighted spread of the gateways around the centroid, or the refined fit's uncertainty.
 * Thread-safe.
 */
public final class RssiSolver {

  private final GeolocationSettings settings;

  public RssiSolver(GeolocationSettings settings) {
    this.settings = settings;
  }

  /** Solves the uplinks together. */
  public LocationResult solve(List<UplinkObservation> uplinks) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, GeoPoint> positions = new LinkedHashMap<>();
    for (UplinkObservation u : uplinks) {
      Map<String, Reception> once = new LinkedHashMap<>();
      for (Reception r : u.receptions()) {
        if (r.usable()) {
          once.merge(r.gatewayId(), r, (a, b) -> a.rssiDbm() >= b.rssiDbm() ? a : b);
        }
      }
      for (Reception r : once.values()) {
        positions.putIfAbsent(r.gatewayId(), r.gatewayPosition());
        double[] s = sums.computeIfAbsent(r.gatewayId(), k -> new double[2]);
        s[0] += r.rssiDbm();
        s[1]++;
      }
    }
    if (positions.size() < settings.minRssiGateways()) {
      return LocationResult.notSolvable(NotSolvableReason.TOO_FEW_GATEWAYS,
          String.format("an RSSI estimate needs %d gateways with a known position, got %d",
              settings.minRssiGateways(), positions.size()));
    }
    LocalFrame frame = LocalFrame.around(positions.values());
    List<double[]> gateways = new ArrayList<>(positions.size());
    for (Map.Entry<String, GeoPoint> e : positions.entrySet()) {
      double[] enu = frame.toEnu(e.getValue());
      double[] s = sums.get(e.getKey());
      gateways.add(new double[] {enu[0], enu[1], enu[2], s[0] / s[1]});
    }
    Optional<NotSolvable> geometry = GatewayGeometry.check(gateways);
    if (geometry.isPresent()) {
      return geometry.get();
    }
    double up = gateways.stream().mapToDouble(g -> g[2]).average().orElse(0);
    double[] fix = weightedCentroid(gateways);
    if (gateways.size() >= 4) {
      double[] refined = refine(gateways, fix, up);
      if (refined != null && refined[2] < fix[2]) {
        fix = refined;
      }
    }
    if (!(fix[2] <= settings.maxAccuracyMetres())) {
      return LocationResult.notSolvable(NotSolvableReason.POOR_GEOMETRY,
          String.format("the uncertainty of %.0f m exceeds the limit of %.0f m", fix[2],
              settings.maxAccuracyMetres()));
    }
    return new LocationResult.Fix(frame.toGeo(fix[0], fix[1], up), fix[2], gateways.size(),
        LocationMethod.RSSI, uplinks.size());
  }

  /** {east, north, accuracy}: the centroid weighted by the inverse square of the distance. */
  private double[] weightedCentroid(List<double[]> gateways) {
    double strongest = gateways.stream().mapToDouble(g -> g[3]).max().orElseThrow();
    double sw = 0;
    double se = 0;
    double sn = 0;
    double[] w = new double[gateways.size()];
    for (int i = 0; i < w.length; i++) {
      double[] g = gateways.get(i);
      // d ∝ 10^(-RSSI / 10n), so 1/d² ∝ 10^(RSSI / 5n); relative to the strongest
      w[i] = Math.pow(10, (g[3] - strongest) / (5 * settings.pathLossExponent()));
      sw += w[i];
      se += w[i] * g[0];
      sn += w[i] * g[1];
    }
    double e = se / sw;
    double n = sn / sw;
    double spread = 0;
    for (int i = 0; i < w.length; i++) {
      double[] g = gateways.get(i);
      spread += w[i] * ((g[0] - e) * (g[0] - e) + (g[1] - n) * (g[1] - n));
    }
    return new double[] {e, n, Math.sqrt(spread / sw)};
  }

  /**
   * {east, north, accuracy} of the least-squares fit of position and P0 started at the centroid,
   * or null when it does not converge, lands far from the gateways or is singular.
   */
  private double[] refine(List<double[]> gateways, double[] start, double up) {
    double tenN = 10 * settings.pathLossExponent();
    double p0 = 0;
    for (double[] g : gateways) {
      p0 += g[3] + tenN * Math.log10(distance(g, start[0], start[1], up));
    }
    p0 /= gateways.size();
    double[] target = gateways.stream().mapToDouble(g -> g[3]).toArray();
    MultivariateJacobianFunction model = point -> {
      RealVector value = new ArrayRealVector(gateways.size());
      RealMatrix jacobian = new Array2DRowRealMatrix(gateways.size(), 3);
      for (int i = 0; i < gateways.size(); i++) {
        double[] g = gateways.get(i);
        double e = point.getEntry(0);
        double n = point.getEntry(1);
        double d = distance(g, e, n, up);
        value.setEntry(i, point.getEntry(2) - tenN * Math.log10(d));
        double k = -tenN / (Math.log(10) * d * d);
        jacobian.setEntry(i, 0, k * (e - g[0]));
        jacobian.setEntry(i, 1, k * (n - g[1]));
        jacobian.setEntry(i, 2, 1);
      }
      return new Pair<>(value, jacobian);
    };
    try {
      Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
          .start(new double[] {start[0], start[1], p0})
          .model(model)
          .target(target)
          .maxEvaluations(2_000)
          .maxIterations(1_000)
          .build());
      double e = o.getPoint().getEntry(0);
      double n = o.getPoint().getEntry(1);
      if (!Double.isFinite(e) || !Double.isFinite(n) || !nearGateways(gateways, e, n)) {
        return null;
      }
      RealMatrix c = o.getCovariances(1e-12);
      int dof = gateways.size() - 3;
      double sigma = Math.max(settings.rssiSigmaDb(), o.getRMS() * Math.sqrt(
          (double) gateways.size() / dof));
      double accuracy = sigma * Math.sqrt(Math.max(0, c.getEntry(0, 0) + c.getEntry(1, 1)));
      return Double.isFinite(accuracy) ? new double[] {e, n, accuracy} : null;
    } catch (MathIllegalStateException | MathIllegalArgumentException | MathArithmeticException ex) {
      return null;
    }
  }

  /** Within the gateways' bounding box widened by its own size on each side. */
  private static boolean nearGateways(List<double[]> gateways, double e, double n) {
    double minE = gateways.stream().mapToDouble(g -> g[0]).min().orElseThrow();
    double maxE = gateways.stream().mapToDouble(g -> g[0]).max().orElseThrow();
    double minN = gateways.stream().mapToDouble(g -> g[1]).min().orElseThrow();
    double maxN = gateways.stream().mapToDouble(g -> g[1]).max().orElseThrow();
    double margin = Math.max(maxE - minE, maxN - minN);
    return e >= minE - margin && e <= maxE + margin && n >= minN - margin && n <= maxN + margin;
  }

  /** At least one metre: the model has no meaning at the antenna itself. */
  private static double distance(double[] g, double e, double n, double up) {
    double de = e - g[0];
    double dn = n - g[1];
    double du = up - g[2];
    return Math.max(1, Math.sqrt(de * de + dn * dn + du * du));
  }
}
