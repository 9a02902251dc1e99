package io.longwave.lorawan.crypto;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Objects;

/**
 * FRMPayload encryption (LoRaWAN 1.0.4 §4.3.3.1, LoRaWAN 1.1 §4.3.3): the payload is XORed with the
 * key stream S = aes128_encrypt(K, A1) | aes128_encrypt(K, A2) | …, where Ai = 0x01 | 4 × 0x00 |
 * Dir | DevAddr | FCnt (32 bits) | 0x00 | i. Encryption and decryption are the same operation; any
 * length works (the last block is cut).
 *
 * <p>Keys: the AppSKey when FPort &gt; 0; when FPort = 0, the NwkSKey (1.0) or NwkSEncKey (1.1).
 * The counter is the full 32-bit FCntUp, or for downlinks the NFCntDown (FPort 0) or AFCntDown
 * (FPort &gt; 0) in 1.1, FCntDown in 1.0.
 *
 * <p>The slice methods work in place and allocate nothing; the array methods return a new array.
 * They throw {@link LorawanFormatException} for a slice outside its array or one longer than 4080
 * bytes (the block counter is one byte). Thread-safety: that of the key context.
 */
public final class FrmPayloadCipher {

  /** 255 blocks: the most the one-byte block counter i can number. */
  public static final int MAX_LENGTH = 255 * AesKeyContext.BLOCK_SIZE;

  private FrmPayloadCipher() {}

  /** Encrypts {@code len} bytes at {@code off} in place. */
  public static void encrypt(
      AesKeyContext key, Direction dir, DevAddr devAddr, int fCnt, byte[] buf, int off, int len) {
    apply(key, dir, devAddr, fCnt, buf, off, len);
  }

  /** Decrypts {@code len} bytes at {@code off} in place. */
  public static void decrypt(
      AesKeyContext key, Direction dir, DevAddr devAddr, int fCnt, byte[] buf, int off, int len) {
    apply(key, dir, devAddr, fCnt, buf, off, len);
  }

  /** The encryption of {@code data}, in a new array. */
  public static byte[] encrypt(
      AesKeyContext key, Direction dir, DevAddr devAddr, int fCnt, byte[] data) {
    Slices.require(data, 0, 0, "FRMPayload");
    byte[] out = data.clone();
    apply(key, dir, devAddr, fCnt, out, 0, out.length);
    return out;
  }

  /** The decryption of {@code data}, in a new array. */
  public static byte[] decrypt(
      AesKeyContext key, Direction dir, DevAddr devAddr, int fCnt, byte[] data) {
    return encrypt(key, dir, devAddr, fCnt, data);
  }

  private static void apply(
      AesKeyContext key, Direction dir, DevAddr devAddr, int fCnt, byte[] buf, int off, int len) {
    Slices.require(buf, off, len, "FRMPayload");
    if (len > MAX_LENGTH) {
      throw new LorawanFormatException(
          "an FRMPayload has at most " + MAX_LENGTH + " bytes to encrypt, got " + len);
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(devAddr, "devAddr");
    byte[] a = key.block;
    byte[] s = key.scratch;
    KeyStream.fillA(a, 0, dir, devAddr, fCnt);
    int end = off + len;
    int counter = 1;
    for (int i = off; i < end; i += AesKeyContext.BLOCK_SIZE) {
      a[15] = (byte) counter++;
      key.encryptBlockToScratch();
      int n = Math.min(AesKeyContext.BLOCK_SIZE, end - i);
      for (int j = 0; j < n; j++) {
        buf[i + j] ^= s[j];
      }
    }
  }
}
