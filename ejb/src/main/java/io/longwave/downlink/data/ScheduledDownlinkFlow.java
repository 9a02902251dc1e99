package io.longwave.downlink.data;

import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.Objects;

/**
 * A downlink the scheduler starts on its own, not as the answer to an uplink: the next queue item
 * of a Class B device in its next ping slot, or of a Class C device at once. The caller decides
 * whether the device may be sent to now (locks, pending confirmed items). Threading: thread-safe
 * if the implementation's ports are.
 */
public interface ScheduledDownlinkFlow {

  /** What {@link #handle} did. */
  enum Result {
    /** A frame went to the gateway. */
    SENT,
    /** No queue item to send. */
    NOTHING_QUEUED,
    /** No gateway fit to send through is known (none heard the device, or none is GPS-timed). */
    NO_GATEWAY,
    /** A frame was built but the gateway did not take it, or it could not be built. */
    NOT_SENT
  }

  /**
   * The outcome of one attempt.
   *
   * @param result what happened
   * @param emitAt when the frame goes on air (now for Class C, the ping slot for Class B), or
   *     null when nothing was sent
   */
  record Outcome(Result result, Instant emitAt) {

    public Outcome {
      Objects.requireNonNull(result, "result");
    }

    static Outcome of(Result result) {
      return new Outcome(result, null);
    }
  }

  /**
   * Sends the device's next queue item, if any.
   *
   * @param session the device's session (read, not changed)
   * @param now the time of the scheduler run
   */
  Outcome handle(DeviceSession session, Instant now);
}
