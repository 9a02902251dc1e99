package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §6.2.5 DevNonce: the 16-bit counter an end-device puts in each join-request (a
 * random value in LoRaWAN 1.0.x). Sent little-endian. Immutable.
 *
 * @param value 0 to 65535
 */
public record DevNonce(int value) {

  public DevNonce {
    if (value < 0 || value > 0xffff) {
      throw new LorawanFormatException("a DevNonce has 16 bits, got " + value);
    }
  }

  /** Reads the two little-endian bytes at {@code offset}. */
  static DevNonce read(byte[] b, int offset) {
    return new DevNonce(Bytes.readUint16(b, offset));
  }

  /** Writes the two little-endian bytes at {@code offset}. */
  void write(byte[] b, int offset) {
    Bytes.writeUint16(b, offset, value);
  }
}
