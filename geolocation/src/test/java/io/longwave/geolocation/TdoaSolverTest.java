package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.geolocation.LocationResult.Fix;
import io.longwave.geolocation.LocationResult.NotSolvable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TdoaSolverTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private final TdoaSolver solver = new TdoaSolver(GeolocationSettings.DEFAULTS);

  private static Fix fix(LocationResult r) {
    return assertInstanceOf(Fix.class, r, () -> "expected a fix, got " + r);
  }

  private static NotSolvable notSolvable(LocationResult r) {
    return assertInstanceOf(NotSolvable.class, r, () -> "expected no fix, got " + r);
  }

  @Test
  void finds_a_device_inside_four_gateways_in_a_5_km_square() {
    Synthetic s = new Synthetic(1).timestampSigma(10);
    GeoPoint device = Synthetic.at(700, -1_300, 2);
    Fix f = fix(solver.solve(List.of(s.uplink(device, Synthetic.square(5_000), T))));
    assertTrue(Synthetic.horizontalError(f.position(), device) < 20,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
    assertEquals(LocationMethod.TDOA, f.method());
    assertEquals(4, f.gatewayCount());
    assertEquals(1, f.frameCount());
    assertTrue(f.accuracyMetres() > 0 && f.accuracyMetres() < 200, () -> "" + f.accuracyMetres());
  }

  @Test
  void noise_free_timestamps_give_the_device_to_within_a_metre() {
    Synthetic s = new Synthetic(2);
    GeoPoint device = Synthetic.at(-2_100, 1_900, 0);
    Fix f = fix(solver.solve(List.of(s.uplink(device, Synthetic.square(5_000), T))));
    assertTrue(Synthetic.horizontalError(f.position(), device) < 1.5,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
  }

  @Test
  void three_gateways_are_enough_inside_their_triangle() {
    Synthetic s = new Synthetic(3).timestampSigma(10);
    List<GeoPoint> gws =
        List.of(Synthetic.at(-2_500, -2_000, 30), Synthetic.at(2_500, -2_000, 30),
            Synthetic.at(0, 2_500, 30));
    GeoPoint device = Synthetic.at(200, -300, 0);
    Fix f = fix(solver.solve(List.of(s.uplink(device, gws, T))));
    assertTrue(Synthetic.horizontalError(f.position(), device) < 30);
    assertEquals(3, f.gatewayCount());
  }

  @Test
  void gateways_in_a_line_give_no_fix() {
    Synthetic s = new Synthetic(4).timestampSigma(10);
    List<GeoPoint> line = List.of(Synthetic.at(-3_000, 0, 30), Synthetic.at(-1_000, 0, 30),
        Synthetic.at(1_000, 0, 30), Synthetic.at(3_000, 0, 30));
    NotSolvable n = notSolvable(solver.solve(
        List.of(s.uplink(Synthetic.at(500, 1_500, 0), line, T))));
    assertEquals(NotSolvableReason.GATEWAYS_COLLINEAR, n.reason());
  }

  @Test
  void gateways_in_a_diagonal_line_give_no_fix() {
    Synthetic s = new Synthetic(5).timestampSigma(10);
    List<GeoPoint> line = List.of(Synthetic.at(-2_000, -2_000, 30), Synthetic.at(0, 0, 30),
        Synthetic.at(1_500, 1_510, 30));
    NotSolvable n = notSolvable(solver.solve(
        List.of(s.uplink(Synthetic.at(-500, 1_500, 0), line, T))));
    assertEquals(NotSolvableReason.GATEWAYS_COLLINEAR, n.reason());
  }

  @Test
  void gateways_all_at_one_place_give_no_fix() {
    Synthetic s = new Synthetic(6).timestampSigma(10);
    List<GeoPoint> mast = List.of(Synthetic.at(0, 0, 30), Synthetic.at(1, 0, 30),
        Synthetic.at(0, 1, 31), Synthetic.at(1, 1, 30));
    NotSolvable n = notSolvable(solver.solve(
        List.of(s.uplink(Synthetic.at(2_000, 1_500, 0), mast, T))));
    assertEquals(NotSolvableReason.GATEWAYS_CO_LOCATED, n.reason());
  }

  @Test
  void two_fine_timestamps_are_too_few() {
    Synthetic s = new Synthetic(7).timestampSigma(10);
    UplinkObservation u = s.uplink(Synthetic.at(0, 0, 0), Synthetic.square(5_000), 2, T);
    assertTrue(!TdoaSolver.applicable(List.of(u)));
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS, notSolvable(solver.solve(List.of(u)))
        .reason());
  }

  @Test
  void copies_from_one_gateway_count_once() {
    Synthetic s = new Synthetic(8).timestampSigma(10);
    GeoPoint g = Synthetic.at(0, 0, 30);
    UplinkObservation u = new UplinkObservation(T, List.of(
        Reception.timed("a", g, -80, 1_000), Reception.timed("a", g, -81, 1_003),
        Reception.timed("b", Synthetic.at(3_000, 0, 30), -90, 11_000)));
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS, notSolvable(solver.solve(List.of(u)))
        .reason());
    assertEquals(0, s.random().nextInt(1));
  }

  @Test
  void time_differences_beyond_the_speed_of_light_give_no_fix() {
    Synthetic s = new Synthetic(9).timestampSigma(10);
    List<GeoPoint> gws = Synthetic.square(5_000);
    UplinkObservation u = s.uplink(Synthetic.at(300, 300, 0), gws, T);
    // the first gateway's timestamp 40 µs late: 12 km, more than the square's 7 km diagonal
    List<Reception> rs = new ArrayList<>(u.receptions());
    Reception r0 = rs.get(0);
    rs.set(0, new Reception(r0.gatewayId(), r0.gatewayPosition(), r0.rssiDbm(), 0,
        OptionalLong.of(r0.fineTimestampNanos().getAsLong() + 40_000)));
    NotSolvable n = notSolvable(solver.solve(List.of(new UplinkObservation(T, rs))));
    assertEquals(NotSolvableReason.INCONSISTENT_TIMESTAMPS, n.reason());
    assertTrue(n.detail().contains("light"), n.detail());
  }

  @Test
  void timestamps_that_fit_no_single_position_give_no_fix() {
    Synthetic s = new Synthetic(10).timestampSigma(10);
    List<GeoPoint> gws = Synthetic.square(5_000);
    UplinkObservation u = s.uplink(Synthetic.at(300, 300, 0), gws, T);
    // 3 µs off: possible for one pair, but no position explains all four
    List<Reception> rs = new ArrayList<>(u.receptions());
    Reception r2 = rs.get(2);
    rs.set(2, new Reception(r2.gatewayId(), r2.gatewayPosition(), r2.rssiDbm(), 0,
        OptionalLong.of(r2.fineTimestampNanos().getAsLong() + 3_000)));
    NotSolvable n = notSolvable(solver.solve(List.of(new UplinkObservation(T, rs))));
    assertEquals(NotSolvableReason.INCONSISTENT_TIMESTAMPS, n.reason());
  }

  @Test
  void one_bad_gateway_among_six_is_left_out() {
    Synthetic s = new Synthetic(11).timestampSigma(20);
    List<GeoPoint> gws = new ArrayList<>(Synthetic.square(5_000));
    gws.add(Synthetic.at(0, 3_500, 40));
    gws.add(Synthetic.at(3_200, 200, 20));
    GeoPoint device = Synthetic.at(-800, 600, 0);
    UplinkObservation u = s.uplink(device, gws, T);
    List<Reception> rs = new ArrayList<>(u.receptions());
    Reception bad = rs.get(4);
    rs.set(4, new Reception(bad.gatewayId(), bad.gatewayPosition(), bad.rssiDbm(), 0,
        OptionalLong.of(bad.fineTimestampNanos().getAsLong() + 2_500)));
    Fix f = fix(solver.solve(List.of(new UplinkObservation(T, rs))));
    assertEquals(5, f.gatewayCount());
    assertTrue(Synthetic.horizontalError(f.position(), device) < 40,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
  }

  @Test
  void one_bad_gateway_among_five_is_left_out() {
    Synthetic s = new Synthetic(12).timestampSigma(20);
    List<GeoPoint> gws = new ArrayList<>(Synthetic.square(5_000));
    gws.add(Synthetic.at(200, 3_000, 40));
    GeoPoint device = Synthetic.at(1_200, -400, 0);
    UplinkObservation u = s.uplink(device, gws, T);
    List<Reception> rs = new ArrayList<>(u.receptions());
    Reception bad = rs.get(1);
    rs.set(1, new Reception(bad.gatewayId(), bad.gatewayPosition(), bad.rssiDbm(), 0,
        OptionalLong.of(bad.fineTimestampNanos().getAsLong() - 1_800)));
    Fix f = fix(solver.solve(List.of(new UplinkObservation(T, rs))));
    assertEquals(4, f.gatewayCount());
    assertTrue(Synthetic.horizontalError(f.position(), device) < 60,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
  }

  @Test
  void timestamps_within_the_second_wrap_around() {
    Synthetic s = new Synthetic(13);
    GeoPoint device = Synthetic.at(900, 900, 0);
    UplinkObservation u = s.uplink(device, Synthetic.square(5_000), T);
    List<Reception> rs = new ArrayList<>();
    for (Reception r : u.receptions()) {
      // nanoseconds within the second, the emission 5 µs before a second boundary
      long ns = r.fineTimestampNanos().getAsLong() - Synthetic.EMITTED_AT + 999_995_000L;
      rs.add(new Reception(r.gatewayId(), r.gatewayPosition(), r.rssiDbm(), 0,
          OptionalLong.of(ns % 1_000_000_000L)));
    }
    assertTrue(rs.stream().anyMatch(r -> r.fineTimestampNanos().getAsLong() < 10_000));
    Fix f = fix(solver.solve(List.of(new UplinkObservation(T, rs))));
    assertTrue(Synthetic.horizontalError(f.position(), device) < 1.5);
  }

  @Test
  void uplinks_heard_by_different_gateways_are_solved_together() {
    Synthetic s = new Synthetic(14).timestampSigma(30);
    List<GeoPoint> gws = new ArrayList<>(Synthetic.square(5_000));
    gws.add(Synthetic.at(0, 0, 50));
    GeoPoint device = Synthetic.at(-600, -900, 0);
    List<UplinkObservation> uplinks = new ArrayList<>();
    int[][] heardBy = {{0, 1, 4}, {1, 2, 3}, {0, 3, 4}, {2, 3, 4}};
    for (int k = 0; k < heardBy.length; k++) {
      List<GeoPoint> some = new ArrayList<>();
      for (int i : heardBy[k]) {
        some.add(gws.get(i));
      }
      UplinkObservation u = s.uplink(device, some, T.plusSeconds(k * 10));
      List<Reception> named = new ArrayList<>();
      for (int j = 0; j < some.size(); j++) {
        Reception r = u.receptions().get(j);
        named.add(new Reception("gw" + heardBy[k][j], r.gatewayPosition(), r.rssiDbm(), 0,
            OptionalLong.of(r.fineTimestampNanos().getAsLong() + k * 7_000_000_123L)));
      }
      uplinks.add(new UplinkObservation(u.receivedAt(), named));
    }
    Fix f = fix(solver.solve(uplinks));
    assertEquals(5, f.gatewayCount());
    assertEquals(4, f.frameCount());
    assertTrue(Synthetic.horizontalError(f.position(), device) < 60,
        () -> "error " + Synthetic.horizontalError(f.position(), device));
  }

  @Test
  void a_fix_reports_an_accuracy_that_covers_its_error() {
    Synthetic s = new Synthetic(15).timestampSigma(100);
    GeolocationSettings settings = GeolocationSettings.DEFAULTS.withTimestampSigmaNanos(100);
    TdoaSolver noisy = new TdoaSolver(settings);
    int covered = 0;
    int fixes = 0;
    for (int i = 0; i < 200; i++) {
      GeoPoint device = Synthetic.at(
          (s.random().nextDouble() - 0.5) * 5_000, (s.random().nextDouble() - 0.5) * 5_000, 0);
      if (noisy.solve(List.of(s.uplink(device, Synthetic.square(5_000), T))) instanceof Fix f) {
        fixes++;
        if (Synthetic.horizontalError(f.position(), device) <= 2 * f.accuracyMetres()) {
          covered++;
        }
      }
    }
    assertTrue(fixes >= 190, "fixes " + fixes);
    assertTrue(covered >= 0.85 * fixes, "covered " + covered + " of " + fixes);
  }
}
