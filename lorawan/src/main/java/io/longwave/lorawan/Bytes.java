package io.longwave.lorawan;

/** Little-endian reads and writes shared by the frame codecs (LoRaWAN 1.1 §4: LSB first). */
final class Bytes {

  static final byte[] EMPTY = new byte[0];

  private Bytes() {}

  static int readUint16(byte[] b, int offset) {
    return (b[offset] & 0xff) | ((b[offset + 1] & 0xff) << 8);
  }

  static void writeUint16(byte[] b, int offset, int v) {
    b[offset] = (byte) v;
    b[offset + 1] = (byte) (v >>> 8);
  }

  static int readUint24(byte[] b, int offset) {
    return (b[offset] & 0xff) | ((b[offset + 1] & 0xff) << 8) | ((b[offset + 2] & 0xff) << 16);
  }

  static void writeUint24(byte[] b, int offset, int v) {
    b[offset] = (byte) v;
    b[offset + 1] = (byte) (v >>> 8);
    b[offset + 2] = (byte) (v >>> 16);
  }

  static NetId readNetId(byte[] b, int offset) {
    return new NetId(readUint24(b, offset));
  }

  static void writeNetId(byte[] b, int offset, NetId netId) {
    writeUint24(b, offset, netId.value());
  }

  static void writeDevAddr(byte[] b, int offset, DevAddr devAddr) {
    int v = devAddr.value();
    b[offset] = (byte) v;
    b[offset + 1] = (byte) (v >>> 8);
    b[offset + 2] = (byte) (v >>> 16);
    b[offset + 3] = (byte) (v >>> 24);
  }

  static void writeEui(byte[] b, int offset, Eui64 eui) {
    long v = eui.value();
    for (int i = 0; i < 8; i++) {
      b[offset + i] = (byte) v;
      v >>>= 8;
    }
  }

  /** A copy, or the shared empty array for length 0. */
  static byte[] copy(byte[] b, int offset, int length) {
    if (length == 0) {
      return EMPTY;
    }
    byte[] c = new byte[length];
    System.arraycopy(b, offset, c, 0, length);
    return c;
  }

  /** A copy of {@code b}, or the shared empty array when it is empty. */
  static byte[] copy(byte[] b) {
    return b.length == 0 ? EMPTY : b.clone();
  }
}
