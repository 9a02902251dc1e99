package io.longwave.integration;

/** A downlink request that was refused, with the reason (unknown device, bad FPort, too large...). */
public class InvalidDownlinkException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidDownlinkException(String message) {
    super(message);
  }

  public InvalidDownlinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
