package io.longwave.connector.udp.packet;

/**
 * A datagram that is not a valid Semtech UDP packet; the message says why (for the drop log) and
 * {@link #reason()} gives the counter suffix ({@code malformed}, {@code unknown_type}, …).
 */
public class UdpPacketException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public UdpPacketException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A malformed packet. */
  public static UdpPacketException malformed(String message) {
    return new UdpPacketException("malformed", message);
  }

  /** A short machine-readable reason: malformed, unknown_type, bad_version, oversized. */
  public String reason() {
    return reason;
  }
}
