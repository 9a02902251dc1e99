package io.longwave.codec;

/**
 * A payload could not be decoded or an object encoded: malformed bytes, a script that threw, ran
 * too long or returned the wrong shape. The message is meant for the device's owner (it becomes
 * the {@code error} of an {@code UPLINK_CODEC} or {@code DOWNLINK_CODEC} event).
 */
public class CodecException extends Exception {

  private static final long serialVersionUID = 1L;

  public CodecException(String message) {
    super(message);
  }

  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
