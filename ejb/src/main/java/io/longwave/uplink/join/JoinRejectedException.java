package io.longwave.uplink.join;

/** Ends a join flow's steps with a rejection; carries no stack trace. */
final class JoinRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final JoinRejection reason;

  JoinRejectedException(JoinRejection reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  JoinRejection reason() {
    return reason;
  }
}
