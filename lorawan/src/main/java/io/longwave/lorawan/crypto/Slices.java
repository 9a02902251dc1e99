package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LorawanFormatException;

/** Argument checks shared by the crypto functions; messages are built only when throwing. */
final class Slices {

  private Slices() {}

  /** Checks that {@code len} bytes at {@code off} lie inside {@code b}. */
  static void require(byte[] b, int off, int len, String what) {
    if (b == null) {
      throw new LorawanFormatException(what + " is missing");
    }
    if (off < 0 || len < 0 || off > b.length - len) {
      throw new LorawanFormatException(
          what + ": " + len + " bytes at offset " + off + " do not fit in " + b.length + " bytes");
    }
  }

  /** Checks the slice and that its length is one of {@code allowed}. */
  static void requireLength(byte[] b, int off, int len, String what, String expected, int... ok) {
    require(b, off, len, what);
    for (int n : ok) {
      if (len == n) {
        return;
      }
    }
    throw new LorawanFormatException(what + " must have " + expected + " bytes, got " + len);
  }

  /** Checks that {@code value} lies in [0, max]. */
  static void requireRange(int value, int max, String what) {
    if (value < 0 || value > max) {
      throw new LorawanFormatException(
          what + " must be between 0 and " + max + ", got " + Integer.toUnsignedString(value));
    }
  }
}
