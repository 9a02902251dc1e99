package io.longwave.simulator.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A latency histogram in the manner of HdrHistogram: values in microseconds go into log-linear
 * buckets, 32 per power of two, so any percentile is reported within about 3 % of the true value
 * (exact below 64 µs); count, sum, minimum and maximum are exact. Recording is lock-free and
 * allocation-free; it is thread-safe. A snapshot taken while others record is consistent to within
 * the values being recorded at that moment.
 */
public final class LatencyRecorder {

  private static final int SUB_BITS = 5;
  private static final int SUB = 1 << SUB_BITS;
  private static final int LINEAR = 2 * SUB;
  private static final int BUCKETS = LINEAR + (63 - SUB_BITS - 1) * SUB;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong sumMicros = new AtomicLong();
  private final AtomicLong minMicros = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong maxMicros = new AtomicLong();

  /** Records one latency given in nanoseconds (negative values count as 0). */
  public void recordNanos(long nanos) {
    recordMicros(TimeUnit.NANOSECONDS.toMicros(Math.max(0, nanos)));
  }

  /** Records one latency given in microseconds (negative values count as 0). */
  public void recordMicros(long micros) {
    long v = Math.max(0, micros);
    counts.incrementAndGet(bucket(v));
    count.incrementAndGet();
    sumMicros.addAndGet(v);
    minMicros.accumulateAndGet(v, Math::min);
    maxMicros.accumulateAndGet(v, Math::max);
  }

  /** The number of values recorded. */
  public long count() {
    return count.get();
  }

  /**
   * The value at {@code percentile} (0 to 100) in microseconds: the middle of the bucket holding
   * it, clamped to the exact minimum and maximum. 0 when nothing was recorded.
   */
  public long percentileMicros(double percentile) {
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException("a percentile is 0 to 100, got " + percentile);
    }
    long n = count.get();
    if (n == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * n));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        long mid = (lowerBound(i) + upperBound(i)) / 2;
        return Math.min(maxMicros.get(), Math.max(minMicros.get(), mid));
      }
    }
    return maxMicros.get();
  }

  /** A summary of everything recorded so far. */
  public LatencySnapshot snapshot() {
    long n = count.get();
    return new LatencySnapshot(
        n,
        n == 0 ? 0 : minMicros.get(),
        percentileMicros(50),
        percentileMicros(99),
        maxMicros.get(),
        n == 0 ? 0 : sumMicros.get() / (double) n);
  }

  /** The bucket of a non-negative value. */
  static int bucket(long v) {
    if (v < LINEAR) {
      return (int) v;
    }
    int msb = 63 - Long.numberOfLeadingZeros(v);
    int shift = msb - SUB_BITS;
    int sub = (int) (v >>> shift) - SUB;
    return LINEAR + (shift - 1) * SUB + sub;
  }

  /** The smallest value of bucket {@code i}. */
  static long lowerBound(int i) {
    if (i < LINEAR) {
      return i;
    }
    int shift = (i - LINEAR) / SUB + 1;
    int sub = (i - LINEAR) % SUB;
    return (long) (SUB + sub) << shift;
  }

  /** The largest value of bucket {@code i}. */
  static long upperBound(int i) {
    if (i < LINEAR) {
      return i;
    }
    int shift = (i - LINEAR) / SUB + 1;
    return lowerBound(i) + (1L << shift) - 1;
  }
}
