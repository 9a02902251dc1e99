package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.util.HexFormat;

/**
 * A gateway's 64-bit identifier (the Semtech "gateway MAC", the ChirpStack {@code gatewayId}).
 *
 * <p>Its text form is 16 lower-case hex digits, as in ChirpStack topics ({@code 0016c001f153a14c}).
 * Immutable and thread-safe.
 *
 * @param value the identifier as an unsigned 64-bit value held in a {@code long}
 */
public record GatewayId(long value) implements Serializable, Comparable<GatewayId> {

  /** The id from 8 big-endian bytes. */
  public static GatewayId fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != 8) {
      throw new IllegalArgumentException(
          "a gateway id has 8 bytes, got " + (bytes == null ? "none" : bytes.length));
    }
    return fromBytes(bytes, 0);
  }

  /** The id from 8 big-endian bytes of {@code bytes} starting at {@code offset}. */
  public static GatewayId fromBytes(byte[] bytes, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[offset + i] & 0xffL);
    }
    return new GatewayId(v);
  }

  /**
   * Parses 16 hex digits (either case).
   *
   * @throws IllegalArgumentException with a readable reason when the text is not 16 hex digits
   */
  public static GatewayId parse(String hex) {
    if (hex == null || hex.length() != 16) {
      throw new IllegalArgumentException(
          "a gateway id is 16 hex digits, got " + (hex == null ? "nothing" : "'" + hex + "'"));
    }
    try {
      return new GatewayId(Long.parseUnsignedLong(hex, 16));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a gateway id is 16 hex digits, got '" + hex + "'", e);
    }
  }

  /** The 8 big-endian bytes. */
  public byte[] toBytes() {
    byte[] b = new byte[8];
    long v = value;
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  /** 16 lower-case hex digits. */
  @Override
  public String toString() {
    return HexFormat.of().toHexDigits(value);
  }

  @Override
  public int compareTo(GatewayId other) {
    return Long.compareUnsigned(value, other.value);
  }
}
