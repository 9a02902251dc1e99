package io.longwave.lorawan;

import java.io.Serializable;

/**
 * A 32-bit device address. LoRaWAN 1.0.4 §6.1.1 and Backend Interfaces 1.0 §13: an address is a
 * type prefix of 1 to 8 bits ({@code 0}, {@code 10}, {@code 110} …), then the NwkID of the
 * network that allocated it, then the NwkAddr. Written big-endian ({@code 26011bda}), sent
 * little-endian. Immutable.
 *
 * @param value the 32 bits, most significant first as written
 */
public record DevAddr(int value) implements Serializable {

  /** NwkID width by address type 0..7 (Backend Interfaces 1.1 / TS002). */
  private static final int[] NWK_ID_BITS = {6, 6, 9, 11, 12, 13, 15, 17};

  /** Parses 8 hex digits. */
  public static DevAddr parse(String hex) {
    return fromBytes(Hex.decode(hex, 4, "DevAddr"));
  }

  /** From 4 bytes in written (big-endian) order. */
  public static DevAddr fromBytes(byte[] b) {
    if (b == null || b.length != 4) {
      throw new LorawanFormatException("a DevAddr has 4 bytes, got " + (b == null ? "none" : b.length));
    }
    return new DevAddr(((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff));
  }

  /** From 4 bytes at {@code offset} in on-air (little-endian) order. */
  public static DevAddr fromLittleEndian(byte[] b, int offset) {
    if (b == null || offset < 0 || b.length - offset < 4) {
      throw new LorawanFormatException("a DevAddr needs 4 bytes");
    }
    return new DevAddr(
        (b[offset] & 0xff)
            | ((b[offset + 1] & 0xff) << 8)
            | ((b[offset + 2] & 0xff) << 16)
            | ((b[offset + 3] & 0xff) << 24));
  }

  /**
   * An address of {@code netId}'s network with the given NwkAddr bits (the high bits of {@code
   * nwkAddr} that do not fit are cut off).
   */
  public static DevAddr of(NetId netId, int nwkAddr) {
    int type = netId.type();
    int prefixBits = type + 1;
    int nwkIdBits = NWK_ID_BITS[type];
    int nwkAddrBits = 32 - prefixBits - nwkIdBits;
    int prefix = (0xfe << (7 - type)) & 0xff; // type leading ones then a zero
    long v = ((long) prefix << 24)
        | ((long) netId.nwkId() << nwkAddrBits)
        | (nwkAddr & ((1L << nwkAddrBits) - 1));
    return new DevAddr((int) v);
  }

  /** The NwkID width in bits for an address or NetID type 0..7. */
  public static int nwkIdBits(int type) {
    return NWK_ID_BITS[type];
  }

  /** The address type (0 to 7): the number of leading one bits; 8 leading ones is invalid. */
  public int type() {
    int leadingOnes = Integer.numberOfLeadingZeros(~value);
    if (leadingOnes > 7) {
      throw new LorawanFormatException("DevAddr " + this + " has no valid type prefix");
    }
    return leadingOnes;
  }

  /** The NwkID field. */
  public int nwkId() {
    int type = type();
    int nwkAddrBits = 32 - (type + 1) - NWK_ID_BITS[type];
    return (int) ((Integer.toUnsignedLong(value) >>> nwkAddrBits) & ((1L << NWK_ID_BITS[type]) - 1));
  }

  /** The NwkAddr field. */
  public int nwkAddr() {
    int type = type();
    int nwkAddrBits = 32 - (type + 1) - NWK_ID_BITS[type];
    return (int) (Integer.toUnsignedLong(value) & ((1L << nwkAddrBits) - 1));
  }

  /** True when this address belongs to the network of {@code netId} (same type and NwkID). */
  public boolean isNetId(NetId netId) {
    try {
      return type() == netId.type() && nwkId() == netId.nwkId();
    } catch (LorawanFormatException e) {
      return false;
    }
  }

  /** 4 bytes, big-endian. */
  public byte[] toBytes() {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

  /** 4 bytes, little-endian (on-air order). */
  public byte[] toLittleEndian() {
    return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
  }

  /** 8 lower-case hex digits. */
  @Override
  public String toString() {
    return Hex.encode(toBytes());
  }
}
