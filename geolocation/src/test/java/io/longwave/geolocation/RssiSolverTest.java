package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.geolocation.LocationResult.Fix;
import io.longwave.geolocation.LocationResult.NotSolvable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssiSolverTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private final RssiSolver solver = new RssiSolver(GeolocationSettings.DEFAULTS);

  private static Fix fix(LocationResult r) {
    return assertInstanceOf(Fix.class, r, () -> "expected a fix, got " + r);
  }

  @Test
  void signal_strengths_that_follow_the_model_give_the_device() {
    Synthetic s = new Synthetic(21);
    GeoPoint device = Synthetic.at(-900, 1_400, 0);
    Fix f = fix(solver.solve(List.of(s.uplink(device, Synthetic.square(5_000), 0, T))));
    assertEquals(LocationMethod.RSSI, f.method());
    assertEquals(4, f.gatewayCount());
    assertTrue(Synthetic.horizontalError(f.position(), device) < 50,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
  }

  @Test
  void three_gateways_give_the_weighted_centroid_pulled_towards_the_strongest() {
    Synthetic s = new Synthetic(22);
    List<GeoPoint> gws = List.of(Synthetic.at(-2_500, -2_000, 30),
        Synthetic.at(2_500, -2_000, 30), Synthetic.at(0, 2_500, 30));
    GeoPoint device = Synthetic.at(1_800, -1_500, 0);
    Fix f = fix(solver.solve(List.of(s.uplink(device, gws, 0, T))));
    double[] enu = Synthetic.FRAME.toEnu(f.position());
    // the plain centroid is at (0, -500): the estimate moves towards the second gateway
    assertTrue(enu[0] > 1_000 && enu[1] < -1_000, () -> enu[0] + ", " + enu[1]);
    assertTrue(Synthetic.horizontalError(f.position(), device) <= f.accuracyMetres() * 2);
  }

  @Test
  void shadowing_noise_gives_an_estimate_within_its_accuracy() {
    Synthetic s = new Synthetic(23).rssiSigma(4);
    List<GeoPoint> gws = new ArrayList<>(Synthetic.square(5_000));
    gws.add(Synthetic.at(0, 0, 40));
    gws.add(Synthetic.at(0, 3_500, 40));
    int within = 0;
    for (int i = 0; i < 100; i++) {
      GeoPoint device = Synthetic.at(
          (s.random().nextDouble() - 0.5) * 4_000, (s.random().nextDouble() - 0.5) * 4_000, 0);
      Fix f = fix(solver.solve(List.of(s.uplink(device, gws, 0, T))));
      if (Synthetic.horizontalError(f.position(), device) <= 2.5 * f.accuracyMetres()) {
        within++;
      }
    }
    assertTrue(within >= 80, "within " + within);
  }

  @Test
  void two_gateways_are_too_few() {
    Synthetic s = new Synthetic(24);
    List<GeoPoint> gws = Synthetic.square(5_000).subList(0, 2);
    NotSolvable n = assertInstanceOf(NotSolvable.class,
        solver.solve(List.of(s.uplink(Synthetic.at(0, 0, 0), gws, 0, T))));
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS, n.reason());
  }

  @Test
  void gateways_in_a_line_give_no_fix() {
    Synthetic s = new Synthetic(25);
    List<GeoPoint> line = List.of(Synthetic.at(0, -3_000, 30), Synthetic.at(0, 0, 30),
        Synthetic.at(0, 3_000, 30));
    NotSolvable n = assertInstanceOf(NotSolvable.class,
        solver.solve(List.of(s.uplink(Synthetic.at(1_000, 0, 0), line, 0, T))));
    assertEquals(NotSolvableReason.GATEWAYS_COLLINEAR, n.reason());
  }

  @Test
  void receptions_without_a_position_or_with_a_nan_rssi_are_left_out() {
    List<GeoPoint> gws = Synthetic.square(5_000);
    UplinkObservation u = new UplinkObservation(T, List.of(
        Reception.untimed("a", gws.get(0), -90), Reception.untimed("b", gws.get(1), Double.NaN),
        Reception.untimed("c", null, -95), Reception.untimed("d", gws.get(3), -100)));
    NotSolvable n = assertInstanceOf(NotSolvable.class, solver.solve(List.of(u)));
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS, n.reason());
    assertTrue(n.detail().contains("got 2"), n.detail());
  }

  @Test
  void uplinks_are_averaged_per_gateway() {
    Synthetic s = new Synthetic(26).rssiSigma(6);
    GeoPoint device = Synthetic.at(1_000, 500, 0);
    List<GeoPoint> gws = Synthetic.square(5_000);
    double single = 0;
    double buffered = 0;
    for (int k = 0; k < 30; k++) {
      List<UplinkObservation> eight = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        eight.add(s.uplink(device, gws, 0, T.plusSeconds(i)));
      }
      single += Synthetic.horizontalError(fix(solver.solve(eight.subList(0, 1))).position(),
          device);
      Fix all = fix(solver.solve(eight));
      assertEquals(8, all.frameCount());
      buffered += Synthetic.horizontalError(all.position(), device);
    }
    assertTrue(buffered < single * 0.8, () -> "buffered error is not lower");
  }
}
