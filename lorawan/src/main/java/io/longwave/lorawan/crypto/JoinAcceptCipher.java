package io.longwave.lorawan.crypto;

import java.util.Objects;

/**
 * Join-accept encryption (LoRaWAN 1.0.4 §6.2.5, LoRaWAN 1.1 §6.2.3): the part after the MHDR,
 * {@code JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList | MIC} (16 or 32 bytes), is
 * AES-128 <em>decrypted</em> block by block (ECB) by the network to encrypt it, so that the
 * end-device only needs AES encryption to decrypt it. Compute the MIC first: it is encrypted too.
 *
 * <p>Keys: the AppKey (1.0); the NwkKey (1.1, answer to a join-request); the JSEncKey (1.1, answer
 * to a rejoin-request).
 *
 * <p>The slice methods work in place; the PHYPayload methods copy. Every method throws {@link
 * io.longwave.lorawan.LorawanFormatException} for a length other than 16 or 32 (17 or 33 with the
 * MHDR) or a slice outside its array. Thread-safety: that of the key context.
 */
public final class JoinAcceptCipher {

  private static final int SHORT = 16;
  private static final int LONG = 32;

  private JoinAcceptCipher() {}

  /** Encrypts the 16 or 32 bytes after the MHDR in place (network side). */
  public static void encrypt(AesKeyContext key, byte[] buf, int off, int len) {
    requireBody(buf, off, len);
    Objects.requireNonNull(key, "key");
    for (int i = off; i < off + len; i += AesKeyContext.BLOCK_SIZE) {
      key.decryptBlock(buf, i, buf, i);
    }
  }

  /** Decrypts the 16 or 32 bytes after the MHDR in place (end-device side, and for tests). */
  public static void decrypt(AesKeyContext key, byte[] buf, int off, int len) {
    requireBody(buf, off, len);
    Objects.requireNonNull(key, "key");
    for (int i = off; i < off + len; i += AesKeyContext.BLOCK_SIZE) {
      key.encryptBlock(buf, i, buf, i);
    }
  }

  /**
   * A copy of a plain join-accept PHYPayload (MHDR | payload | MIC, 17 or 33 bytes) with everything
   * after the MHDR encrypted.
   */
  public static byte[] encryptPhyPayload(AesKeyContext key, byte[] phyPayload) {
    requirePhy(phyPayload);
    byte[] out = phyPayload.clone();
    encrypt(key, out, 1, out.length - 1);
    return out;
  }

  /** A copy of an encrypted join-accept PHYPayload (17 or 33 bytes) with its body decrypted. */
  public static byte[] decryptPhyPayload(AesKeyContext key, byte[] phyPayload) {
    requirePhy(phyPayload);
    byte[] out = phyPayload.clone();
    decrypt(key, out, 1, out.length - 1);
    return out;
  }

  private static void requireBody(byte[] buf, int off, int len) {
    Slices.requireLength(
        buf, off, len, "join-accept body", "16 (no CFList) or 32 (CFList)", SHORT, LONG);
  }

  private static void requirePhy(byte[] phy) {
    Slices.requireLength(
        phy,
        0,
        phy == null ? 0 : phy.length,
        "join-accept PHYPayload",
        "17 (no CFList) or 33 (CFList)",
        SHORT + 1,
        LONG + 1);
  }
}
