package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Objects;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One AES-128 key prepared for LoRaWAN use: the AES key schedule, and on first use the AES-CMAC
 * (RFC 4493) sub-keys and the decryption schedule, are computed once and reused for every block and
 * every MIC (LoRaWAN 1.0.4 §4.4, LoRaWAN 1.1 §4.4). Create one per session key (NwkSKey, AppSKey,
 * FNwkSIntKey, …) and keep it with the session: preparing a key costs more than checking one MIC
 * with a prepared one.
 *
 * <p>Thread-safety: not thread-safe. The cipher, the CMAC and two 16-byte scratch blocks are
 * mutable, so a context must be used by one thread at a time (confine it to the thread handling a
 * device's uplink, or synchronize on it). Making a fresh one per frame is also correct, only
 * slower.
 *
 * <p>Failure modes: {@link #of(byte[])} throws {@link LorawanFormatException} unless given 16
 * bytes; the block and CMAC methods throw it for slices outside their arrays.
 */
public final class AesKeyContext {

  /** The AES block size in bytes. */
  public static final int BLOCK_SIZE = 16;

  private final KeyParameter keyParameter;
  private final BlockCipher encryptEngine;
  private CMac cmac;
  private BlockCipher decryptEngine;

  /** Scratch for B0/B1/A blocks and CMAC prefixes; only this package's functions use it. */
  final byte[] block = new byte[BLOCK_SIZE];

  /** Scratch for cipher and CMAC output. */
  final byte[] scratch = new byte[BLOCK_SIZE];

  private AesKeyContext(byte[] key) {
    keyParameter = new KeyParameter(key);
    encryptEngine = AESEngine.newInstance();
    encryptEngine.init(true, keyParameter);
  }

  /** Prepares {@code key}. */
  public static AesKeyContext of(Aes128Key key) {
    Objects.requireNonNull(key, "key");
    return new AesKeyContext(key.toBytes());
  }

  /**
   * Prepares the key held in 16 bytes (they are copied).
   *
   * @throws LorawanFormatException when {@code key} is not 16 bytes
   */
  public static AesKeyContext of(byte[] key) {
    if (key == null || key.length != BLOCK_SIZE) {
      throw new LorawanFormatException(
          "an AES-128 key has 16 bytes, got " + (key == null ? "none" : key.length));
    }
    return new AesKeyContext(key.clone());
  }

  /** AES-128 encrypts the 16 bytes at {@code inOff} into {@code out} at {@code outOff}. */
  public void encryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
    Slices.require(in, inOff, BLOCK_SIZE, "AES input block");
    Slices.require(out, outOff, BLOCK_SIZE, "AES output block");
    encryptEngine.processBlock(in, inOff, out, outOff);
  }

  /**
   * AES-128 decrypts the 16 bytes at {@code inOff} into {@code out} at {@code outOff}. The
   * decryption key schedule is made on first use (only join-accept encryption needs it).
   */
  public void decryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
    Slices.require(in, inOff, BLOCK_SIZE, "AES input block");
    Slices.require(out, outOff, BLOCK_SIZE, "AES output block");
    BlockCipher engine = decryptEngine;
    if (engine == null) {
      engine = AESEngine.newInstance();
      engine.init(false, keyParameter);
      decryptEngine = engine;
    }
    engine.processBlock(in, inOff, out, outOff);
  }

  /**
   * The full 16-byte AES-CMAC (RFC 4493) of {@code len} bytes of {@code msg} at {@code off},
   * written to {@code out} at {@code outOff}.
   */
  public void cmac(byte[] msg, int off, int len, byte[] out, int outOff) {
    Slices.require(msg, off, len, "CMAC message");
    Slices.require(out, outOff, BLOCK_SIZE, "CMAC output");
    CMac mac = cmac();
    mac.update(msg, off, len);
    mac.doFinal(out, outOff);
  }

  /**
   * The first four bytes of AES-CMAC({@code prefix[0..prefixLen)} | {@code msg[off..off+len)}) as
   * an int, first byte most significant. The caller has checked the slice.
   */
  int cmacHead(byte[] prefix, int prefixLen, byte[] msg, int off, int len) {
    CMac mac = cmac();
    if (prefixLen > 0) {
      mac.update(prefix, 0, prefixLen);
    }
    mac.update(msg, off, len);
    mac.doFinal(scratch, 0);
    return Mic.get(scratch, 0);
  }

  /** The CMAC, made on first use (an AppSKey context never needs one). */
  private CMac cmac() {
    CMac mac = cmac;
    if (mac == null) {
      mac = new CMac(AESEngine.newInstance());
      mac.init(keyParameter);
      cmac = mac;
    }
    return mac;
  }

  /** Encrypts {@link #block} into {@link #scratch}. */
  void encryptBlockToScratch() {
    encryptEngine.processBlock(block, 0, scratch, 0);
  }

  /** Does not reveal the key. */
  @Override
  public String toString() {
    return "AesKeyContext[****]";
  }
}
