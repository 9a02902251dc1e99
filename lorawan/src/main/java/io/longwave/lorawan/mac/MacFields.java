package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanFormatException;

/** Field checks and octet helpers shared by the command records. Messages are built on failure. */
final class MacFields {

  /** Highest frequency a 24-bit field in 100 Hz steps can carry. */
  static final int MAX_FREQUENCY_HZ = 0xffffff * 100;

  private MacFields() {}

  static void range(String command, String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new LorawanFormatException(
          command + " " + field + " must be " + min + ".." + max + ", got " + value);
    }
  }

  static void rfu(String command, int rfu, int mask) {
    if ((rfu & ~mask) != 0) {
      throw new LorawanFormatException(
          command
              + " RFU bits must lie within 0x"
              + Integer.toHexString(mask)
              + ", got 0x"
              + Integer.toHexString(rfu));
    }
  }

  /** Checks a frequency in Hz carried as a 24-bit count of 100 Hz; 0 is allowed. */
  static void frequency(String command, int frequencyHz) {
    if (frequencyHz < 0 || frequencyHz > MAX_FREQUENCY_HZ || frequencyHz % 100 != 0) {
      throw new LorawanFormatException(
          command
              + " frequency must be a multiple of 100 Hz from 0 to "
              + MAX_FREQUENCY_HZ
              + " Hz, got "
              + frequencyHz);
    }
  }

  static int u8(byte[] b, int offset) {
    return b[offset] & 0xff;
  }

  static int u16(byte[] b, int offset) {
    return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
  }

  static void putU16(byte[] b, int offset, int value) {
    b[offset] = (byte) value;
    b[offset + 1] = (byte) (value >>> 8);
  }

  /** A 24-bit little-endian count of 100 Hz, in Hz. */
  static int frequencyAt(byte[] b, int offset) {
    return ((b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16) * 100;
  }

  static void putFrequency(byte[] b, int offset, int frequencyHz) {
    int v = frequencyHz / 100;
    b[offset] = (byte) v;
    b[offset + 1] = (byte) (v >>> 8);
    b[offset + 2] = (byte) (v >>> 16);
  }

  static boolean bit(int value, int bit) {
    return (value & (1 << bit)) != 0;
  }

  static int flag(boolean set, int bit) {
    return set ? 1 << bit : 0;
  }
}
