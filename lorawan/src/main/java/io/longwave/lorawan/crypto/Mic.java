package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LorawanFormatException;

/**
 * The 4-byte MIC of a PHYPayload (LoRaWAN 1.0.4 §4.4, LoRaWAN 1.1 §4.4) held as an {@code int}: the
 * first MIC byte on the air is the most significant byte. Helpers to read and write it.
 */
public final class Mic {

  /** The MIC length in bytes. */
  public static final int LENGTH = 4;

  private Mic() {}

  /**
   * The four bytes at {@code off} as a MIC.
   *
   * @throws LorawanFormatException when the four bytes are not inside {@code b}
   */
  public static int read(byte[] b, int off) {
    Slices.require(b, off, LENGTH, "MIC");
    return get(b, off);
  }

  /** {@link #read} without the bounds check, for slices already checked. */
  static int get(byte[] b, int off) {
    return ((b[off] & 0xff) << 24)
        | ((b[off + 1] & 0xff) << 16)
        | ((b[off + 2] & 0xff) << 8)
        | (b[off + 3] & 0xff);
  }

  /** Writes {@code mic} as four bytes at {@code off}. */
  public static void write(int mic, byte[] b, int off) {
    Slices.require(b, off, LENGTH, "MIC destination");
    b[off] = (byte) (mic >>> 24);
    b[off + 1] = (byte) (mic >>> 16);
    b[off + 2] = (byte) (mic >>> 8);
    b[off + 3] = (byte) mic;
  }

  /** The four MIC bytes in on-air order. */
  public static byte[] toBytes(int mic) {
    byte[] b = new byte[LENGTH];
    write(mic, b, 0);
    return b;
  }

  /**
   * The MIC from four bytes.
   *
   * @throws LorawanFormatException when {@code b} is not four bytes
   */
  public static int fromBytes(byte[] b) {
    Slices.requireLength(b, 0, b == null ? 0 : b.length, "MIC", "4", LENGTH);
    return get(b, 0);
  }
}
