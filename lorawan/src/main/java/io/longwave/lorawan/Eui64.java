package io.longwave.lorawan;

import java.io.Serializable;

/**
 * An IEEE EUI-64: DevEUI, JoinEUI (AppEUI in LoRaWAN 1.0) or a gateway id. LoRaWAN 1.0.4 §6.1.1.
 *
 * <p>Held as the big-endian value that people write ({@code 0004a30b001c0530}). On the air the
 * bytes travel little-endian; use {@link #fromLittleEndian}/{@link #toLittleEndian}. Immutable.
 *
 * @param value the 64 bits, most significant byte first as written
 */
public record Eui64(long value) implements Serializable, Comparable<Eui64> {

  /**
   * Parses 16 hex digits.
   *
   * @throws LorawanFormatException when the text is not 16 hex digits
   */
  public static Eui64 parse(String hex) {
    return fromBytes(Hex.decode(hex, 8, "EUI-64"));
  }

  /** From 8 bytes in written (big-endian) order. */
  public static Eui64 fromBytes(byte[] b) {
    requireLength(b);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[i] & 0xffL);
    }
    return new Eui64(v);
  }

  /** From 8 bytes at {@code offset} in on-air (little-endian) order. */
  public static Eui64 fromLittleEndian(byte[] b, int offset) {
    if (b == null || offset < 0 || b.length - offset < 8) {
      throw new LorawanFormatException("an EUI-64 needs 8 bytes");
    }
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (b[offset + i] & 0xffL);
    }
    return new Eui64(v);
  }

  /** The 8 bytes in written (big-endian) order. */
  public byte[] toBytes() {
    byte[] b = new byte[8];
    long v = value;
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  /** The 8 bytes in on-air (little-endian) order. */
  public byte[] toLittleEndian() {
    byte[] b = new byte[8];
    long v = value;
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  /** 16 lower-case hex digits. */
  @Override
  public String toString() {
    return Hex.encode(toBytes());
  }

  @Override
  public int compareTo(Eui64 o) {
    return Long.compareUnsigned(value, o.value);
  }

  private static void requireLength(byte[] b) {
    if (b == null || b.length != 8) {
      throw new LorawanFormatException(
          "an EUI-64 has 8 bytes, got " + (b == null ? "none" : b.length));
    }
  }
}
