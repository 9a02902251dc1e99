package io.longwave.lorawan;

/**
 * Thrown when bytes or text are not a valid LoRaWAN structure. The message says what was wrong in
 * words a person can act on (for example "FHDR needs 7 bytes, got 5"). It is the only exception
 * the decoders throw for bad input.
 */
public class LorawanFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LorawanFormatException(String message) {
    super(message);
  }

  public LorawanFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
