package io.longwave.lorawan;

import java.util.Arrays;

/**
 * LoRaWAN 1.1 §6.2.6 Join-accept message as it travels: encrypted. On air a join-accept is MHDR
 * followed by the AES-encrypted JoinAcceptPayload and MIC; this record holds the encrypted bytes
 * before the (also encrypted) last four, which {@link PhyPayload#mic()} holds. Decrypting is the
 * crypto package's job; the plaintext decodes with {@link JoinAcceptPayload#decode(byte[])}.
 * Immutable: arrays are copied in and out.
 *
 * @param bytes 12 bytes (no CFList) or 28 bytes (with CFList) of ciphertext
 */
public record EncryptedJoinAccept(byte[] bytes) implements Payload {

  public EncryptedJoinAccept {
    if (bytes == null) {
      throw new LorawanFormatException("an encrypted join-accept needs its bytes");
    }
    if (bytes.length != JoinAcceptPayload.LENGTH
        && bytes.length != JoinAcceptPayload.LENGTH_WITH_CF_LIST) {
      throw new LorawanFormatException("a join-accept has 12 or 28 bytes before the MIC, got "
          + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** A copy of the encrypted bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public int length() {
    return bytes.length;
  }

  @Override
  public int write(byte[] b, int offset) {
    System.arraycopy(bytes, 0, b, offset, bytes.length);
    return offset + bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptedJoinAccept e && Arrays.equals(bytes, e.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "EncryptedJoinAccept[" + Hex.encode(bytes) + "]";
  }
}
