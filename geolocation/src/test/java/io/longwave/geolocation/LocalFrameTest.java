package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalFrameTest {

  @Test
  void origin_is_at_zero() {
    double[] enu = Synthetic.FRAME.toEnu(Synthetic.ORIGIN);
    assertEquals(0, enu[0], 1e-6);
    assertEquals(0, enu[1], 1e-6);
    assertEquals(0, enu[2], 1e-6);
  }

  @Test
  void local_coordinates_go_back_to_the_same_position() {
    GeoPoint p = Synthetic.at(3_210.5, -1_234.25, 42);
    double[] enu = Synthetic.FRAME.toEnu(p);
    assertEquals(3_210.5, enu[0], 1e-4);
    assertEquals(-1_234.25, enu[1], 1e-4);
    assertEquals(42, enu[2], 1e-4);
  }

  @Test
  void one_degree_of_latitude_is_about_111_km_north() {
    LocalFrame f = new LocalFrame(new GeoPoint(45, 7, 0));
    double[] enu = f.toEnu(new GeoPoint(46, 7, 0));
    assertEquals(0, enu[0], 1e-6);
    assertEquals(111_141, enu[1], 200);
  }

  @Test
  void a_frame_around_points_is_centred_among_them() {
    LocalFrame f = LocalFrame.around(List.of(Synthetic.at(-1000, 0, 0), Synthetic.at(1000, 0, 0)));
    double[] enu = Synthetic.FRAME.toEnu(f.origin());
    assertEquals(0, enu[0], 1e-3);
    assertEquals(0, enu[1], 1e-3);
  }
}
