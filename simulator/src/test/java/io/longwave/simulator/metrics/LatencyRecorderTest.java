package io.longwave.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

  @Test
  void reports_percentiles_within_three_percent_and_exact_extremes() {
    LatencyRecorder r = new LatencyRecorder();
    for (long v = 1; v <= 10_000; v++) {
      r.recordMicros(v);
    }
    LatencySnapshot s = r.snapshot();
    assertEquals(10_000, s.count());
    assertEquals(1, s.minMicros());
    assertEquals(10_000, s.maxMicros());
    assertEquals(5000.5, s.meanMicros(), 1e-9);
    assertEquals(5000, s.p50Micros(), 5000 * 0.03);
    assertEquals(9900, s.p99Micros(), 9900 * 0.03);
  }

  @Test
  void is_exact_for_small_values_and_empty_when_nothing_was_recorded() {
    LatencyRecorder r = new LatencyRecorder();
    assertEquals(0, r.snapshot().p99Micros());
    r.recordNanos(42_999);
    assertEquals(42, r.percentileMicros(50));
    assertThrows(IllegalArgumentException.class, () -> r.percentileMicros(101));
  }

  @Property(tries = 2000)
  void every_value_falls_in_its_bucket(@ForAll @LongRange(min = 0, max = 1L << 40) long v) {
    int b = LatencyRecorder.bucket(v);
    assertTrue(LatencyRecorder.lowerBound(b) <= v && v <= LatencyRecorder.upperBound(b));
    long width = LatencyRecorder.upperBound(b) - LatencyRecorder.lowerBound(b) + 1;
    assertTrue(width == 1 || width * 32 <= LatencyRecorder.lowerBound(b) + width);
  }
}
