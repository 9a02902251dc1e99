package io.longwave.simulator.metrics;

/**
 * Latency figures at one moment, in microseconds.
 *
 * @param count values recorded
 * @param minMicros the smallest value (exact)
 * @param p50Micros the median (within about 3 %)
 * @param p99Micros the 99th percentile (within about 3 %)
 * @param maxMicros the largest value (exact)
 * @param meanMicros the arithmetic mean (exact)
 */
public record LatencySnapshot(
    long count, long minMicros, long p50Micros, long p99Micros, long maxMicros,
    double meanMicros) {}
