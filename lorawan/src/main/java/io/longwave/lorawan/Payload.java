package io.longwave.lorawan;

/**
 * What follows the MHDR in a PHYPayload (LoRaWAN 1.1 §4.1): a {@link MacPayload} for data
 * messages, a {@link JoinRequestPayload}, a {@link RejoinRequestPayload}, an {@link
 * EncryptedJoinAccept} or a {@link Proprietary} payload. Which one is fixed by the MType.
 */
public sealed interface Payload
    permits MacPayload,
        JoinRequestPayload,
        RejoinRequestPayload,
        EncryptedJoinAccept,
        Proprietary {

  /** Encoded size in bytes. */
  int length();

  /**
   * Writes the payload into {@code b} at {@code offset}, which must have {@link #length()} bytes
   * of room; returns the offset after it.
   */
  int write(byte[] b, int offset);

  /** The encoded payload on its own. */
  default byte[] encode() {
    byte[] b = new byte[length()];
    write(b, 0);
    return b;
  }
}
