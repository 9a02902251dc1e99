package io.longwave.adr;

import java.util.ArrayList;
import java.util.List;

/** Uplink histories for the ADR tests. */
final class Histories {

  private Histories() {}

  /** One uplink with this max SNR (the other fields zero), as ChirpStack's test rows use. */
  static List<UplinkMetrics> oneWithSnr(double maxSnr) {
    return List.of(new UplinkMetrics(0, maxSnr, 0, 0, 1));
  }

  /** One uplink with this max RSSI. */
  static List<UplinkMetrics> oneWithRssi(int maxRssi) {
    return List.of(new UplinkMetrics(0, 0, maxRssi, 0, 1));
  }

  /** {@code n} consecutive uplinks from FCnt 0 with this SNR, RSSI and TX power index. */
  static List<UplinkMetrics> consecutive(int n, double maxSnr, int maxRssi, int txPowerIndex) {
    List<UplinkMetrics> h = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      h.add(new UplinkMetrics(i, maxSnr, maxRssi, txPowerIndex, 1));
    }
    return h;
  }

  /** Uplinks with these frame counters and otherwise zero metrics. */
  static List<UplinkMetrics> withFCnts(long... fCnts) {
    List<UplinkMetrics> h = new ArrayList<>();
    for (long f : fCnts) {
      h.add(new UplinkMetrics(f, 0, 0, 0, 1));
    }
    return h;
  }

  /** ChirpStack's packet-loss vector: FCnt 0-4, 6-10, 12-21 (20 uplinks, 2 missing, 10 % loss). */
  static List<UplinkMetrics> chirpstackTenPercentLoss() {
    long[] f = new long[20];
    for (int i = 0; i < 20; i++) {
      f[i] = i < 5 ? i : i < 10 ? i + 1 : i + 2;
    }
    return withFCnts(f);
  }

  /** ChirpStack v3's packet-loss vector: FCnt 9-30 without 13 and 19 (20 uplinks, 10 % loss). */
  static List<UplinkMetrics> chirpstackV3TenPercentLoss() {
    List<Long> f = new ArrayList<>();
    for (long i = 9; i < 31; i++) {
      if (i != 13 && i != 19) {
        f.add(i);
      }
    }
    return withFCnts(f.stream().mapToLong(Long::longValue).toArray());
  }
}
