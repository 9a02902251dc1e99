package io.longwave.geolocation;

import io.longwave.geolocation.LocationResult.NotSolvable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TDOA multilateration: the position whose distances to the gateways best explain the
 * differences between their fine reception timestamps, each uplink with an emission time of its
 * own. The steps: collect the fine-timestamped receptions of each uplink (one per gateway; an
 * uplink needs three); put them in a local east-north-up frame around the gateways; leave out
 * uplinks whose time differences exceed the light travel time between the gateways; check the
 * gateways span an area; fit by least squares; while an uplink
 * keeps at least four other receptions, leave out the reception whose removal lowers the sum
 * of squares the most, when it lowers it by more than the outlier threshold squared; check
 * the fit is consistent, unambiguous and precise enough. The device is taken at the gateways'
 * mean height: gateways are rarely spread enough vertically to solve for it. Thread-safe.
 */
public final class TdoaSolver {

  /** The speed of light in vacuum, in metres per nanosecond (close enough to air's). */
  public static final double SPEED_OF_LIGHT_M_PER_NS = 0.299_792_458;

  /** The receptions an uplink needs to take part in a TDOA solve. */
  public static final int MIN_GATEWAYS = 3;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  /** An uplink needs this many receptions to give one up as an outlier (4 remain). */
  private static final int MIN_FOR_OUTLIER_REJECTION = 5;

  private final GeolocationSettings settings;

  public TdoaSolver(GeolocationSettings settings) {
    this.settings = settings;
  }

  /** True when at least one uplink has fine timestamps from {@link #MIN_GATEWAYS} gateways. */
  public static boolean applicable(List<UplinkObservation> uplinks) {
    return uplinks.stream().anyMatch(u -> timed(u).size() >= MIN_GATEWAYS);
  }

  /** Solves the uplinks together. */
  public LocationResult solve(List<UplinkObservation> uplinks) {
    List<List<Reception>> usable = new ArrayList<>();
    for (UplinkObservation u : uplinks) {
      List<Reception> t = timed(u);
      if (t.size() >= MIN_GATEWAYS) {
        usable.add(t);
      }
    }
    if (usable.isEmpty()) {
      return LocationResult.notSolvable(NotSolvableReason.TOO_FEW_GATEWAYS,
          "TDOA needs fine timestamps from at least 3 gateways for one uplink");
    }
    LocalFrame frame =
        LocalFrame.around(
            usable.stream().flatMap(List::stream).map(Reception::gatewayPosition).toList());
    List<TdoaMeasurement> ms = new ArrayList<>();
    String inconsistency = null;
    for (List<Reception> u : usable) {
      List<TdoaMeasurement> one = measurements(frame, u, countFrames(ms));
      Optional<String> bad = lightSpeedViolation(one);
      if (bad.isPresent() && one.size() < MIN_FOR_OUTLIER_REJECTION) {
        inconsistency = bad.get();
      } else {
        ms.addAll(one);
      }
    }
    if (ms.isEmpty()) {
      return LocationResult.notSolvable(NotSolvableReason.INCONSISTENT_TIMESTAMPS, inconsistency);
    }
    Optional<NotSolvable> geometry = GatewayGeometry.check(distinctPositions(ms));
    if (geometry.isPresent()) {
      return geometry.get();
    }
    double deviceUp = ms.stream().mapToDouble(TdoaMeasurement::up).average().orElse(0);
    return fitRejectingOutliers(ms, deviceUp, frame);
  }

  private LocationResult fitRejectingOutliers(
      List<TdoaMeasurement> ms, double deviceUp, LocalFrame frame) {
    double sigma = settings.timestampSigmaMetres();
    double threshold = settings.outlierSigmas() * sigma;
    List<TdoaFit.Minimum> minima = new TdoaFit(ms, deviceUp).minima();
    // Leaving out one reception lowers the sum of squares by a few sigma² when all are
    // good, and by about the square of its error when it is an outlier.
    double significant = threshold * threshold;
    while (!minima.isEmpty()) {
      List<TdoaMeasurement> bestSet = null;
      List<TdoaFit.Minimum> bestMinima = null;
      for (TdoaMeasurement candidate : ms) {
        if (frameSize(ms, candidate.frame()) < MIN_FOR_OUTLIER_REJECTION) {
          continue;
        }
        List<TdoaMeasurement> without = new ArrayList<>(ms);
        without.remove(candidate);
        List<TdoaFit.Minimum> m = new TdoaFit(without, deviceUp).minima();
        if (!m.isEmpty() && (bestMinima == null || m.get(0).cost() < bestMinima.get(0).cost())) {
          bestSet = without;
          bestMinima = m;
        }
      }
      if (bestMinima == null || minima.get(0).cost() - bestMinima.get(0).cost() < significant) {
        break;
      }
      ms = bestSet;
      minima = bestMinima;
    }
    if (minima.isEmpty()) {
      return LocationResult.notSolvable(NotSolvableReason.NO_CONVERGENCE,
          "the least-squares fit did not converge");
    }
    TdoaFit.Minimum best = minima.get(0);
    if (best.maxAbsResidual() > threshold) {
      return LocationResult.notSolvable(NotSolvableReason.INCONSISTENT_TIMESTAMPS,
          String.format("a residual of %.0f m remains (limit %.0f m): the timestamps fit no"
              + " single position", best.maxAbsResidual(), threshold));
    }
    if (best.covariance() == null) {
      return LocationResult.notSolvable(NotSolvableReason.POOR_GEOMETRY,
          "the gateways' geometry does not determine the position");
    }
    TdoaFit fit = new TdoaFit(ms, deviceUp);
    int dof = fit.degreesOfFreedom();
    double sigmaFit = dof > 0 ? Math.max(sigma, Math.sqrt(best.cost() / dof)) : sigma;
    double accuracy =
        sigmaFit * Math.sqrt(Math.max(0, best.covariance()[0][0] + best.covariance()[1][1]));
    if (!(accuracy <= settings.maxAccuracyMetres())) {
      return LocationResult.notSolvable(NotSolvableReason.POOR_GEOMETRY,
          String.format("the uncertainty of %.0f m exceeds the limit of %.0f m", accuracy,
              settings.maxAccuracyMetres()));
    }
    for (TdoaFit.Minimum other : minima.subList(1, minima.size())) {
      double apart = Math.hypot(other.east() - best.east(), other.north() - best.north());
      if (other.cost() <= best.cost() + 4 * sigma * sigma
          && apart > Math.max(3 * accuracy, 100)) {
        return LocationResult.notSolvable(NotSolvableReason.AMBIGUOUS,
            String.format("two positions %.0f m apart fit the timestamps equally well", apart));
      }
    }
    return new LocationResult.Fix(frame.toGeo(best.east(), best.north(), deviceUp), accuracy,
        distinctGateways(ms), LocationMethod.TDOA, countFrames(ms));
  }

  /** The receptions of an uplink that have a fine timestamp and a position, one per gateway. */
  static List<Reception> timed(UplinkObservation u) {
    Map<String, Reception> byGateway = new LinkedHashMap<>();
    for (Reception r : u.receptions()) {
      if (r.gatewayPosition() != null && r.fineTimestampNanos().isPresent()) {
        byGateway.putIfAbsent(r.gatewayId(), r);
      }
    }
    return List.copyOf(byGateway.values());
  }

  private static List<TdoaMeasurement> measurements(
      LocalFrame frame, List<Reception> receptions, int index) {
    long reference = receptions.get(0).fineTimestampNanos().getAsLong();
    List<TdoaMeasurement> out = new ArrayList<>(receptions.size());
    for (Reception r : receptions) {
      double[] enu = frame.toEnu(r.gatewayPosition());
      long delta = Math.floorMod(r.fineTimestampNanos().getAsLong() - reference, NANOS_PER_SECOND);
      if (delta > NANOS_PER_SECOND / 2) {
        delta -= NANOS_PER_SECOND;
      }
      out.add(new TdoaMeasurement(index, r.gatewayId(), enu[0], enu[1], enu[2],
          delta * SPEED_OF_LIGHT_M_PER_NS));
    }
    return out;
  }

  /**
   * A pair of receptions whose time difference is longer than light takes between the two
   * gateways (plus the timestamps' tolerance): no position can explain it.
   */
  private Optional<String> lightSpeedViolation(List<TdoaMeasurement> ms) {
    double tolerance = settings.outlierSigmas() * settings.timestampSigmaMetres() * Math.sqrt(2);
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        TdoaMeasurement a = ms.get(i);
        TdoaMeasurement b = ms.get(j);
        double difference = Math.abs(a.rangeMetres() - b.rangeMetres());
        double baseline = a.baselineTo(b);
        if (difference > baseline + tolerance) {
          return Optional.of(String.format(
              "gateways %s and %s: %.0f ns apart, but light needs only %.0f ns between them",
              a.gatewayId(), b.gatewayId(), difference / SPEED_OF_LIGHT_M_PER_NS,
              baseline / SPEED_OF_LIGHT_M_PER_NS));
        }
      }
    }
    return Optional.empty();
  }

  private static List<double[]> distinctPositions(List<TdoaMeasurement> ms) {
    Map<String, double[]> byGateway = new LinkedHashMap<>();
    for (TdoaMeasurement m : ms) {
      byGateway.putIfAbsent(m.gatewayId(), new double[] {m.east(), m.north()});
    }
    return List.copyOf(byGateway.values());
  }

  private static int distinctGateways(List<TdoaMeasurement> ms) {
    Set<String> ids = new LinkedHashSet<>();
    ms.forEach(m -> ids.add(m.gatewayId()));
    return ids.size();
  }

  private static int frameSize(List<TdoaMeasurement> ms, int frame) {
    return (int) ms.stream().filter(m -> m.frame() == frame).count();
  }

  private static int countFrames(List<TdoaMeasurement> ms) {
    return ms.stream().mapToInt(TdoaMeasurement::frame).max().orElse(-1) + 1;
  }
}
