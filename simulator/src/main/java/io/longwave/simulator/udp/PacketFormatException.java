package io.longwave.simulator.udp;

/**
 * A datagram that is not a valid Semtech UDP packet (PROTOCOL.TXT §3 to §6): too short, an
 * unknown identifier or protocol version, or JSON that does not have the expected shape. The
 * message says what was expected and what was found.
 */
public class PacketFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PacketFormatException(String message) {
    super(message);
  }

  public PacketFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
