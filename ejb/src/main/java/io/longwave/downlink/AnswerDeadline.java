package io.longwave.downlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether an answer in a receive window can still reach the gateway in time. The last window of
 * a Class A device opens its delay after the uplink ended (LoRaWAN 1.0.4 §3.3: RX2 one second
 * after RX1, join-accepts five and six seconds after the request, §6.2.6); the gateway needs the
 * downlink a little before that to schedule it ({@link #MARGIN}). Work on an answer that cannot
 * make it is wasted: under a burst of uplinks (a network coming back after a power cut, when
 * every device joins at once), skipping it leaves the capacity to the requests that can still be
 * answered, and the device simply tries again. The uplink's arrival at the network server stands
 * for its end, which comes a few milliseconds earlier.
 */
public final class AnswerDeadline {

  /** How long before the window opens the gateway must have the downlink. */
  public static final Duration MARGIN = Duration.ofMillis(100);

  private AnswerDeadline() {}

  /**
   * True when an answer in the window {@code lastWindowDelay} after {@code receivedAt} can no
   * longer be sent in time.
   */
  public static boolean passed(Instant receivedAt, Duration lastWindowDelay, Clock clock) {
    return clock.instant().isAfter(receivedAt.plus(lastWindowDelay).minus(MARGIN));
  }
}
