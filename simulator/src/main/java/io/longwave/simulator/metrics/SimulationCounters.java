package io.longwave.simulator.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * The event counters of one simulation, shared by its gateways and devices. Each counter is a
 * {@link LongAdder}, so counting is cheap from many threads; {@link #snapshot()} reads them all.
 */
public final class SimulationCounters {

  /** Join-requests sent (each counted once, however many gateways heard it). */
  public final LongAdder joinRequests = new LongAdder();
  /** Join-accepts that decrypted, passed their MIC and gave session keys. */
  public final LongAdder joinAccepts = new LongAdder();
  /** Data uplinks sent (each counted once). */
  public final LongAdder uplinks = new LongAdder();
  /** Confirmed data uplinks among {@link #uplinks}. */
  public final LongAdder confirmedUplinks = new LongAdder();
  /** Data downlinks that passed their MIC. */
  public final LongAdder downlinks = new LongAdder();
  /** Downlinks whose ACK bit acknowledged a confirmed uplink. */
  public final LongAdder acks = new LongAdder();
  /** Frames (join-accepts or data downlinks) whose MIC did not verify. */
  public final LongAdder micFailures = new LongAdder();
  /** Frames that could not be decrypted or decoded (bad length, format, replayed counters). */
  public final LongAdder decryptFailures = new LongAdder();
  /** PULL_RESPs whose frame matched no simulated device. */
  public final LongAdder unmatchedDownlinks = new LongAdder();
  /** PUSH_DATA datagrams sent (uplink copies and stats). */
  public final LongAdder pushData = new LongAdder();
  /** PUSH_ACKs that matched a PUSH_DATA still waiting for one. */
  public final LongAdder pushAcks = new LongAdder();
  /** PULL_DATA keep-alives sent. */
  public final LongAdder pullData = new LongAdder();
  /** PULL_ACKs that matched a PULL_DATA still waiting for one. */
  public final LongAdder pullAcks = new LongAdder();
  /** PULL_RESPs received. */
  public final LongAdder pullResps = new LongAdder();
  /** TX_ACKs sent. */
  public final LongAdder txAcks = new LongAdder();
  /** Datagrams from the server that were not valid packets. */
  public final LongAdder malformedPackets = new LongAdder();

  /** The current values. */
  public CounterSnapshot snapshot() {
    return new CounterSnapshot(
        joinRequests.sum(),
        joinAccepts.sum(),
        uplinks.sum(),
        confirmedUplinks.sum(),
        downlinks.sum(),
        acks.sum(),
        micFailures.sum(),
        decryptFailures.sum(),
        unmatchedDownlinks.sum(),
        pushData.sum(),
        pushAcks.sum(),
        pullData.sum(),
        pullAcks.sum(),
        pullResps.sum(),
        txAcks.sum(),
        malformedPackets.sum());
  }
}
