package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §6.2.3 JoinNonce (AppNonce in LoRaWAN 1.0.x): the 24-bit value a join server puts
 * in each join-accept. Sent little-endian. Immutable.
 *
 * @param value 0 to 16777215
 */
public record JoinNonce(int value) {

  public JoinNonce {
    if (value < 0 || value > 0xffffff) {
      throw new LorawanFormatException("a JoinNonce has 24 bits, got " + value);
    }
  }

  /** Reads the three little-endian bytes at {@code offset}. */
  static JoinNonce read(byte[] b, int offset) {
    return new JoinNonce(Bytes.readUint24(b, offset));
  }

  /** Writes the three little-endian bytes at {@code offset}. */
  void write(byte[] b, int offset) {
    Bytes.writeUint24(b, offset, value);
  }
}
