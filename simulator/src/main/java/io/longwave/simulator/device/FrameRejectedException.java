package io.longwave.simulator.device;

/**
 * A frame addressed to a simulated device that the device refuses: its MIC does not verify
 * ({@link Reason#MIC}), or it cannot be decrypted or decoded ({@link Reason#DECRYPT}: wrong
 * length, wrong message type, a replayed JoinNonce). The message says what was found.
 */
public class FrameRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the frame was refused. */
  public enum Reason {
    MIC,
    DECRYPT
  }

  private final Reason reason;

  public FrameRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the frame was refused. */
  public Reason reason() {
    return reason;
  }
}
