package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.geolocation.LocationResult.Fix;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TDOA solver's accuracy on 1,000 random device positions per timestamp noise level, four
 * gateways on the corners of a 5 km square, devices uniformly inside it, the solver told the
 * noise level. Seeded, so the figures are the same on every run; they are written to {@code
 * target/geolocation-accuracy.md} and recorded in {@code docs/benchmarks.md}.
 */
class TdoaAccuracyStudyTest {

  private static final Logger LOG = System.getLogger(TdoaAccuracyStudyTest.class.getName());
  private static final int DEVICES = 1_000;
  private static final double SIDE = 5_000;
  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

  record Row(double sigmaNs, double median, double p90, double p99, int fixes,
      double medianAccuracy, Map<NotSolvableReason, Integer> refused) {}

  static Row study(double sigmaNs, long seed) {
    Synthetic s = new Synthetic(seed).timestampSigma(sigmaNs);
    TdoaSolver solver = new TdoaSolver(GeolocationSettings.DEFAULTS.withTimestampSigmaNanos(sigmaNs));
    List<GeoPoint> gateways = Synthetic.square(SIDE);
    List<Double> errors = new ArrayList<>();
    List<Double> accuracies = new ArrayList<>();
    Map<NotSolvableReason, Integer> refused = new EnumMap<>(NotSolvableReason.class);
    for (int i = 0; i < DEVICES; i++) {
      GeoPoint device = Synthetic.at(
          (s.random().nextDouble() - 0.5) * SIDE, (s.random().nextDouble() - 0.5) * SIDE, 1.5);
      LocationResult r = solver.solve(List.of(s.uplink(device, gateways, T)));
      if (r instanceof Fix f) {
        errors.add(Synthetic.horizontalError(f.position(), device));
        accuracies.add(f.accuracyMetres());
      } else if (r instanceof LocationResult.NotSolvable n) {
        refused.merge(n.reason(), 1, Integer::sum);
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] a = accuracies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Row(sigmaNs, quantile(e, 0.5), quantile(e, 0.9), quantile(e, 0.99), e.length,
        quantile(a, 0.5), refused);
  }

  private static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }

  @Test
  void median_error_is_under_100_m_with_100_ns_timestamps() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (double sigma : new double[] {10, 50, 100, 200}) {
      rows.add(study(sigma, 1_000 + (long) sigma));
    }
    StringBuilder table = new StringBuilder(
        "| Timestamp noise (1 sigma) | Fixes | Median error | 90th percentile | 99th percentile"
            + " | Median reported accuracy | Not solvable |\n|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row r : rows) {
      table.append(String.format(Locale.ROOT, "| %.0f ns | %d/%d | %.1f m | %.1f m | %.1f m"
          + " | %.1f m | %s |%n", r.sigmaNs(), r.fixes(), DEVICES, r.median(), r.p90(), r.p99(),
          r.medianAccuracy(), r.refused().isEmpty() ? "none" : r.refused()));
    }
    LOG.log(Level.INFO, "TDOA accuracy, 4 gateways in a 5 km square:\n{0}", table.toString());
    Path out = Path.of("target", "geolocation-accuracy.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);

    Row at100 = rows.get(2);
    assertTrue(at100.median() < 100, () -> "median " + at100.median() + " m");
    assertTrue(at100.fixes() >= 0.98 * DEVICES, () -> "fixes " + at100.fixes());
    // errors grow with the noise
    double[] medians = rows.stream().mapToDouble(Row::median).toArray();
    double[] sorted = medians.clone();
    Arrays.sort(sorted);
    assertTrue(Arrays.equals(medians, sorted), () -> Arrays.toString(medians));
  }
}
