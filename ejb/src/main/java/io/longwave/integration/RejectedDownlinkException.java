package io.longwave.integration;

import java.util.Locale;

/** A downlink command that was refused before it reached the device queue, with the reason. */
public class RejectedDownlinkException extends InvalidDownlinkException {

  private static final long serialVersionUID = 1L;

  /** Why a command was refused; {@link #counterName} names its drop counter. */
  public enum Reason {
    /** Not JSON, not an object, a field of the wrong type, no payload. */
    MALFORMED,
    /** FPort missing or outside 1..223. */
    BAD_FPORT,
    /** {@code data} is not base64. */
    BAD_DATA,
    /** The message or its payload is too large. */
    TOO_LARGE,
    /** The device does not exist in the application. */
    UNKNOWN_DEVICE,
    /** The device queue refused it (size for the data rate, codec, queue full...). */
    REFUSED,
    /** The application side cannot take downlinks now. */
    UNAVAILABLE;

    /** e.g. {@code bad_fport}. */
    public String counterName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;

  public RejectedDownlinkException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
