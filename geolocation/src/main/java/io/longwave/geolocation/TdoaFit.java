package io.longwave.geolocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * One least-squares TDOA fit of a set of measurements: the device's horizontal position (at a
 * fixed height) and one emission offset per uplink, so that every reception's time equals its
 * distance from the device plus its uplink's offset. The start points come from a coarse grid
 * over the gateways' area, where the offsets have a closed form (the mean), and the best few
 * grid cells each start a Levenberg-Marquardt run: this finds the global minimum where a single
 * start at the centroid can fall into the mirror solution. Not thread-safe; one per fit.
 */
final class TdoaFit {

  private static final int GRID = 32;
  private static final int STARTS = 4;

  /** A local minimum of the fit. */
  record Minimum(double east, double north, double[] offsets, double cost, double[] residuals,
      double[][] covariance) {

    double maxAbsResidual() {
      double m = 0;
      for (double r : residuals) {
        m = Math.max(m, Math.abs(r));
      }
      return m;
    }
  }

  private final List<TdoaMeasurement> ms;
  private final int frames;
  private final double deviceUp;

  TdoaFit(List<TdoaMeasurement> measurements, double deviceUp) {
    this.ms = List.copyOf(measurements);
    this.frames = ms.stream().mapToInt(TdoaMeasurement::frame).max().orElse(-1) + 1;
    this.deviceUp = deviceUp;
  }

  int unknowns() {
    return 2 + frames;
  }

  int degreesOfFreedom() {
    return ms.size() - unknowns();
  }

  /**
   * The distinct minima found from the grid's best cells, lowest cost first; empty when no run
   * converged.
   */
  List<Minimum> minima() {
    List<Minimum> found = new ArrayList<>();
    for (double[] start : starts()) {
      Minimum m = optimise(start);
      if (m != null) {
        found.add(m);
      }
    }
    found.sort(Comparator.comparingDouble(Minimum::cost));
    return found;
  }

  private List<double[]> starts() {
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    for (TdoaMeasurement m : ms) {
      minE = Math.min(minE, m.east());
      maxE = Math.max(maxE, m.east());
      minN = Math.min(minN, m.north());
      maxN = Math.max(maxN, m.north());
    }
    double extent = Math.max(maxE - minE, maxN - minN);
    double margin = Math.max(extent * 0.5, 1_000);
    minE -= margin;
    maxE += margin;
    minN -= margin;
    maxN += margin;
    List<double[]> cells = new ArrayList<>(GRID * GRID);
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        double e = minE + (maxE - minE) * (i + 0.5) / GRID;
        double n = minN + (maxN - minN) * (j + 0.5) / GRID;
        cells.add(new double[] {e, n, costWithBestOffsets(e, n)});
      }
    }
    cells.sort(Comparator.comparingDouble(c -> c[2]));
    double spacing = Math.max(maxE - minE, maxN - minN) / 6;
    List<double[]> starts = new ArrayList<>(STARTS);
    for (double[] c : cells) {
      boolean far = true;
      for (double[] s : starts) {
        far &= Math.hypot(s[0] - c[0], s[1] - c[1]) > spacing;
      }
      if (far) {
        starts.add(c);
        if (starts.size() == STARTS) {
          break;
        }
      }
    }
    return starts;
  }

  /** The offsets that best fit a position: per uplink, the mean of distance minus range. */
  private double[] bestOffsets(double e, double n) {
    double[] sum = new double[frames];
    int[] count = new int[frames];
    for (TdoaMeasurement m : ms) {
      sum[m.frame()] += m.distanceFrom(e, n, deviceUp) - m.rangeMetres();
      count[m.frame()]++;
    }
    for (int f = 0; f < frames; f++) {
      sum[f] = count[f] == 0 ? 0 : sum[f] / count[f];
    }
    return sum;
  }

  private double costWithBestOffsets(double e, double n) {
    double[] b = bestOffsets(e, n);
    double cost = 0;
    for (TdoaMeasurement m : ms) {
      double r = m.distanceFrom(e, n, deviceUp) - b[m.frame()] - m.rangeMetres();
      cost += r * r;
    }
    return cost;
  }

  private Minimum optimise(double[] start) {
    double[] b = bestOffsets(start[0], start[1]);
    double[] p0 = new double[unknowns()];
    p0[0] = start[0];
    p0[1] = start[1];
    System.arraycopy(b, 0, p0, 2, frames);
    double[] target = new double[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      target[i] = ms.get(i).rangeMetres();
    }
    try {
      Optimum o =
          new LevenbergMarquardtOptimizer()
              .optimize(
                  new LeastSquaresBuilder()
                      .start(p0)
                      .model(model())
                      .target(target)
                      .maxEvaluations(2_000)
                      .maxIterations(1_000)
                      .build());
      double[] p = o.getPoint().toArray();
      if (!Arrays.stream(p).allMatch(Double::isFinite)) {
        return null;
      }
      double[] residuals = new double[ms.size()];
      double cost = 0;
      for (int i = 0; i < ms.size(); i++) {
        TdoaMeasurement m = ms.get(i);
        residuals[i] = m.distanceFrom(p[0], p[1], deviceUp) - p[2 + m.frame()] - m.rangeMetres();
        cost += residuals[i] * residuals[i];
      }
      return new Minimum(p[0], p[1], Arrays.copyOfRange(p, 2, p.length), cost, residuals,
          covariance(o));
    } catch (MathIllegalStateException | MathIllegalArgumentException | MathArithmeticException e) {
      return null;
    }
  }

  /** The unscaled 2x2 position block of (JᵀJ)⁻¹, or null when it is singular. */
  private static double[][] covariance(Optimum o) {
    try {
      RealMatrix c = o.getCovariances(1e-12);
      double[][] pos = {
        {c.getEntry(0, 0), c.getEntry(0, 1)},
        {c.getEntry(1, 0), c.getEntry(1, 1)}
      };
      return Double.isFinite(pos[0][0]) && Double.isFinite(pos[1][1]) ? pos : null;
    } catch (SingularMatrixException e) {
      return null;
    }
  }

  private MultivariateJacobianFunction model() {
    return point -> {
      double e = point.getEntry(0);
      double n = point.getEntry(1);
      RealVector value = new ArrayRealVector(ms.size());
      RealMatrix jacobian = new Array2DRowRealMatrix(ms.size(), unknowns());
      for (int i = 0; i < ms.size(); i++) {
        TdoaMeasurement m = ms.get(i);
        double d = m.distanceFrom(e, n, deviceUp);
        value.setEntry(i, d - point.getEntry(2 + m.frame()));
        if (d > 1e-6) {
          jacobian.setEntry(i, 0, (e - m.east()) / d);
          jacobian.setEntry(i, 1, (n - m.north()) / d);
        }
        jacobian.setEntry(i, 2 + m.frame(), -1);
      }
      return new Pair<>(value, jacobian);
    };
  }
}
