package io.longwave.integration;

/** A target could not take an event now; the event waits and is tried again. */
public class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
