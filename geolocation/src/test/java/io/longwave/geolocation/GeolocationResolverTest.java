package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.geolocation.LocationResult.Fix;
import io.longwave.geolocation.LocationResult.NotSolvable;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeolocationResolverTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private final GeolocationResolver resolver = new GeolocationResolver(GeolocationSettings.DEFAULTS);

  @Test
  void three_fine_timestamps_use_tdoa() {
    Synthetic s = new Synthetic(31).timestampSigma(20);
    GeoPoint device = Synthetic.at(100, 200, 0);
    Fix f = assertInstanceOf(Fix.class,
        resolver.resolve(List.of(s.uplink(device, Synthetic.square(5_000), 3, T))));
    assertEquals(LocationMethod.TDOA, f.method());
    assertEquals(3, f.gatewayCount());
  }

  @Test
  void fewer_than_three_fine_timestamps_fall_back_to_rssi() {
    Synthetic s = new Synthetic(32).rssiSigma(2);
    GeoPoint device = Synthetic.at(-1_500, 800, 0);
    Fix f = assertInstanceOf(Fix.class,
        resolver.resolve(List.of(s.uplink(device, Synthetic.square(5_000), 2, T))));
    assertEquals(LocationMethod.RSSI, f.method());
    assertEquals(4, f.gatewayCount());
    assertTrue(Synthetic.horizontalError(f.position(), device) < 1_000);
  }

  @Test
  void a_tdoa_failure_is_not_hidden_by_rssi() {
    Synthetic s = new Synthetic(33).timestampSigma(20);
    List<GeoPoint> line = List.of(Synthetic.at(-3_000, 0, 30), Synthetic.at(0, 0, 30),
        Synthetic.at(3_000, 0, 30), Synthetic.at(0, 3_000, 30));
    // three timed gateways in a line, a fourth one off it without a timestamp
    NotSolvable n = assertInstanceOf(NotSolvable.class,
        resolver.resolve(List.of(s.uplink(Synthetic.at(0, 1_000, 0), line, 3, T))));
    assertEquals(NotSolvableReason.GATEWAYS_COLLINEAR, n.reason());
  }

  @Test
  void nothing_to_solve_is_too_few_gateways() {
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS,
        assertInstanceOf(NotSolvable.class, resolver.resolve(List.of())).reason());
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS,
        assertInstanceOf(NotSolvable.class,
            resolver.resolve(List.of(new UplinkObservation(T, List.of())))).reason());
  }
}
