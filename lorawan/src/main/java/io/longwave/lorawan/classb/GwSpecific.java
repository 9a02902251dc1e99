package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;

/**
 * The 7-byte GwSpecific field of a beacon (LoRaWAN 1.0.4 §13.3, LoRaWAN 1.1 §15.3): an InfoDesc
 * byte telling what the 6 Info bytes hold. InfoDesc 0, 1 and 2 carry the GPS coordinates of the
 * gateway's first, second or third antenna ({@link GatewayCoordinates}); every other value is kept
 * as raw bytes ({@link OtherGwSpecific}: 3 is NetID and GatewayID, 4 to 127 are RFU, 128 to 255 are
 * network specific).
 */
public sealed interface GwSpecific permits GatewayCoordinates, OtherGwSpecific {

  /** Bytes of Info after InfoDesc. */
  int INFO_SIZE = 6;

  /** InfoDesc, 0 to 255. */
  int infoDesc();

  /** Writes InfoDesc and the 6 Info bytes at {@code off}. */
  void write(byte[] out, int off);

  /** Reads the 7 bytes at {@code off}; the caller has checked the length. */
  static GwSpecific read(byte[] b, int off) {
    int infoDesc = b[off] & 0xff;
    if (infoDesc <= GatewayCoordinates.MAX_ANTENNA) {
      return new GatewayCoordinates(infoDesc, readInt24(b, off + 1), readInt24(b, off + 4));
    }
    byte[] info = new byte[INFO_SIZE];
    System.arraycopy(b, off + 1, info, 0, INFO_SIZE);
    return new OtherGwSpecific(infoDesc, info);
  }

  /** A signed little-endian 24-bit integer. */
  private static int readInt24(byte[] b, int off) {
    int v = (b[off] & 0xff) | ((b[off + 1] & 0xff) << 8) | ((b[off + 2] & 0xff) << 16);
    return (v << 8) >> 8;
  }

  /** Checks that {@code infoDesc} is a byte. */
  static void requireByte(int infoDesc) {
    if (infoDesc < 0 || infoDesc > 255) {
      throw new LorawanFormatException("InfoDesc is one byte (0 to 255), got " + infoDesc);
    }
  }
}
