package io.longwave.simulator.scenario;

import io.longwave.simulator.metrics.CounterSnapshot;
import io.longwave.simulator.metrics.LatencySnapshot;
import java.time.Duration;
import java.util.Locale;

/**
 * The state of a run at one moment: elapsed time, counters and latency (PUSH_DATA to PULL_RESP).
 *
 * @param elapsed time since the start
 * @param counters the counters
 * @param latency the latency figures
 */
public record SimulationSummary(Duration elapsed, CounterSnapshot counters,
    LatencySnapshot latency) {

  /** One line for people, e.g. for the console every second and at the end. */
  public String line() {
    CounterSnapshot c = counters;
    double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return String.format(Locale.ROOT,
        "t=%.1fs uplinks=%d (%.1f/s, %d confirmed) joins=%d/%d downlinks=%d acks=%d"
            + " mic_fail=%d decrypt_fail=%d unmatched=%d push_data=%d push_ack=%d"
            + " pull_data=%d pull_ack=%d pull_resp=%d tx_ack=%d malformed=%d"
            + " latency n=%d p50=%.1fms p99=%.1fms max=%.1fms",
        s, c.uplinks(), c.uplinks() / s, c.confirmedUplinks(), c.joinAccepts(),
        c.joinRequests(), c.downlinks(), c.acks(), c.micFailures(), c.decryptFailures(),
        c.unmatchedDownlinks(), c.pushData(), c.pushAcks(), c.pullData(), c.pullAcks(),
        c.pullResps(), c.txAcks(), c.malformedPackets(), latency.count(),
        latency.p50Micros() / 1000.0, latency.p99Micros() / 1000.0,
        latency.maxMicros() / 1000.0);
  }
}
