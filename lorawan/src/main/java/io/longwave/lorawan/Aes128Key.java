package io.longwave.lorawan;

import java.io.Serializable;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A 128-bit AES key (AppKey, NwkKey, NwkSKey, AppSKey, …). Immutable: the bytes are copied in and
 * out. {@link #toString()} does not reveal the key.
 */
public final class Aes128Key implements Serializable {

  private static final long serialVersionUID = 1L;

  private final byte[] bytes;

  private Aes128Key(byte[] bytes) {
    this.bytes = bytes;
  }

  /** From 16 bytes. */
  public static Aes128Key of(byte[] bytes) {
    if (bytes == null || bytes.length != 16) {
      throw new LorawanFormatException(
          "an AES-128 key has 16 bytes, got " + (bytes == null ? "none" : bytes.length));
    }
    return new Aes128Key(bytes.clone());
  }

  /** Parses 32 hex digits. */
  public static Aes128Key parse(String hex) {
    return new Aes128Key(Hex.decode(hex, 16, "AES-128 key"));
  }

  /** A copy of the 16 bytes. */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /** 32 lower-case hex digits: the key itself, for storage and the API. */
  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aes128Key k && MessageDigest.isEqual(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Aes128Key[****]";
  }
}
