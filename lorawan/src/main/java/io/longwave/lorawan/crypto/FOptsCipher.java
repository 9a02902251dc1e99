package io.longwave.lorawan.crypto;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Objects;

/**
 * LoRaWAN 1.1 FOpts encryption with the NwkSEncKey (LoRaWAN 1.1 §4.3.1.6). The FOpts (at most 15
 * bytes) are XORed with S = aes128_encrypt(NwkSEncKey, A), where, after the LoRaWAN 1.1 errata, A =
 * 0x01 | 3 × 0x00 | c | Dir | DevAddr | FCnt (32 bits) | 0x00 | 0x01 with c = 0x01 for FCntUp and
 * NFCntDown and c = 0x02 for AFCntDown ({@link FOptsCounter}). Encryption and decryption are the
 * same operation. LoRaWAN 1.0 frames do not encrypt FOpts.
 *
 * <p>The original 1.1 text had c = 0x00 and a last byte of 0x00 for every counter; the {@code
 * PreErrata} methods produce that layout for end-devices built to it (LoRaMac-node applies the
 * errata only to versions above 1.1.0; The Things Stack's crypto tests use the original layout).
 *
 * <p>All methods work in place, allocate nothing and throw {@link LorawanFormatException} for more
 * than 15 bytes or a slice outside its array. Thread-safety: that of the key context.
 */
public final class FOptsCipher {

  /** FOptsLen is four bits. */
  public static final int MAX_LENGTH = 15;

  private FOptsCipher() {}

  /** Encrypts FOpts in place (errata layout). */
  public static void encrypt(
      AesKeyContext nwkSEncKey,
      FOptsCounter counter,
      DevAddr devAddr,
      int fCnt,
      byte[] buf,
      int off,
      int len) {
    Objects.requireNonNull(counter, "counter");
    apply(nwkSEncKey, counter.counterId(), 0x01, counter.direction(), devAddr, fCnt, buf, off, len);
  }

  /** Decrypts FOpts in place (errata layout). */
  public static void decrypt(
      AesKeyContext nwkSEncKey,
      FOptsCounter counter,
      DevAddr devAddr,
      int fCnt,
      byte[] buf,
      int off,
      int len) {
    encrypt(nwkSEncKey, counter, devAddr, fCnt, buf, off, len);
  }

  /** Encrypts FOpts in place with the A block of the original LoRaWAN 1.1 text. */
  public static void encryptPreErrata(
      AesKeyContext nwkSEncKey,
      Direction dir,
      DevAddr devAddr,
      int fCnt,
      byte[] buf,
      int off,
      int len) {
    apply(nwkSEncKey, 0x00, 0x00, dir, devAddr, fCnt, buf, off, len);
  }

  /** Decrypts FOpts in place with the A block of the original LoRaWAN 1.1 text. */
  public static void decryptPreErrata(
      AesKeyContext nwkSEncKey,
      Direction dir,
      DevAddr devAddr,
      int fCnt,
      byte[] buf,
      int off,
      int len) {
    apply(nwkSEncKey, 0x00, 0x00, dir, devAddr, fCnt, buf, off, len);
  }

  private static void apply(
      AesKeyContext key,
      int byte4,
      int byte15,
      Direction dir,
      DevAddr devAddr,
      int fCnt,
      byte[] buf,
      int off,
      int len) {
    Slices.require(buf, off, len, "FOpts");
    if (len > MAX_LENGTH) {
      throw new LorawanFormatException("FOpts have at most 15 bytes, got " + len);
    }
    Objects.requireNonNull(key, "nwkSEncKey");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(devAddr, "devAddr");
    if (len == 0) {
      return;
    }
    byte[] a = key.block;
    KeyStream.fillA(a, byte4, dir, devAddr, fCnt);
    a[15] = (byte) byte15;
    key.encryptBlockToScratch();
    byte[] s = key.scratch;
    for (int j = 0; j < len; j++) {
      buf[off + j] ^= s[j];
    }
  }
}
