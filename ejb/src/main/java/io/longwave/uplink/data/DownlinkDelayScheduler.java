package io.longwave.uplink.data;

import java.time.Duration;

/**
 * Runs the Class A answer of an uplink once the "get downlink data" delay has passed, so that an
 * application answering the uplink event can still enqueue its downlink (ChirpStack sleeps for
 * {@code get_downlink_data_delay}). The container wiring uses a managed scheduled executor;
 * tests run the task at once.
 */
@FunctionalInterface
public interface DownlinkDelayScheduler {

  /** Runs {@code task} after {@code delay}, on any thread. */
  void schedule(Duration delay, Runnable task);

  /** A scheduler that runs the task at once on the calling thread, ignoring the delay. */
  static DownlinkDelayScheduler immediate() {
    return (delay, task) -> task.run();
  }
}
