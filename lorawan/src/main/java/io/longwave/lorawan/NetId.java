package io.longwave.lorawan;

import java.io.Serializable;

/**
 * A 24-bit LoRa Alliance network identifier. LoRaWAN Backend Interfaces 1.0 §13: the 3 most
 * significant bits give the type (0 to 7), the rest hold the NetID value whose low bits become the
 * NwkID placed in device addresses. Immutable.
 *
 * @param value the 24 bits
 */
public record NetId(int value) implements Serializable {

  public NetId {
    if (value < 0 || value > 0xffffff) {
      throw new LorawanFormatException("a NetID has 24 bits, got 0x" + Integer.toHexString(value));
    }
  }

  /** Parses 6 hex digits. */
  public static NetId parse(String hex) {
    byte[] b = Hex.decode(hex, 3, "NetID");
    return new NetId(((b[0] & 0xff) << 16) | ((b[1] & 0xff) << 8) | (b[2] & 0xff));
  }

  /** The NetID type, 0 to 7. */
  public int type() {
    return value >>> 21;
  }

  /** The NetID's ID field: the 21 bits after the type (types 0, 1, 2 use fewer of them). */
  public int id() {
    return value & 0x1fffff;
  }

  /**
   * The NwkID carried in a DevAddr of this network: the {@link DevAddr#nwkIdBits(int)} least
   * significant bits of the ID field.
   */
  public int nwkId() {
    return id() & ((1 << DevAddr.nwkIdBits(type())) - 1);
  }

  /** 3 bytes, big-endian. */
  public byte[] toBytes() {
    return new byte[] {(byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

  /** 6 lower-case hex digits. */
  @Override
  public String toString() {
    return Hex.encode(toBytes());
  }
}
