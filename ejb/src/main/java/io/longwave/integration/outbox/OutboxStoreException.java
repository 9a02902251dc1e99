package io.longwave.integration.outbox;

/** The outbox's database could not be read or written. */
public class OutboxStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutboxStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
