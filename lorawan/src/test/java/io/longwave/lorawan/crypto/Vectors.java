package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Hex;

/** Helpers for the hex test vectors. */
final class Vectors {

  private Vectors() {}

  static byte[] hex(String hex) {
    return Hex.decode(hex.replace(" ", ""), "test vector");
  }

  static AesKeyContext key(String hex) {
    return AesKeyContext.of(Aes128Key.parse(hex));
  }

  static String hexOf(byte[] b) {
    return Hex.encode(b);
  }

  static String micHex(int mic) {
    return Hex.encode(Mic.toBytes(mic));
  }
}
