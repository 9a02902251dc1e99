package io.longwave.lorawan;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * LoRaWAN 1.0.4 §4 and 1.1 §4 PHYPayload: MHDR, a payload fixed by the MType, and a 4-byte MIC.
 * A join-accept stays encrypted ({@link EncryptedJoinAccept}, its MIC encrypted too). A
 * proprietary frame has no MIC: all bytes after the MHDR are its payload, as in ChirpStack.
 *
 * <p>The frame keeps its encoded bytes, so the MIC input and the on-air positions of FOpts and
 * FRMPayload are available without re-encoding, and a decoded frame encodes to exactly the bytes
 * it came from (MHDR RFU bits included). Immutable and thread-safe: arrays are copied in and out.
 *
 * <p>Failure modes: {@link #decode} throws {@link LorawanFormatException} for malformed bytes,
 * and nothing else; {@link #of} throws it when the parts do not fit together.
 */
public final class PhyPayload {

  /** MIC size in bytes. */
  public static final int MIC_LENGTH = 4;

  private static final int FOPTS_OFFSET = 1 + Fhdr.MIN_LENGTH;

  private final Mhdr mhdr;
  private final Payload payload;
  private final byte[] bytes;

  private PhyPayload(Mhdr mhdr, Payload payload, byte[] bytes) {
    this.mhdr = mhdr;
    this.payload = payload;
    this.bytes = bytes;
  }

  /**
   * Decodes a PHYPayload.
   *
   * @throws LorawanFormatException when the bytes are not a valid frame; the message says why
   */
  public static PhyPayload decode(byte[] phy) {
    if (phy == null || phy.length == 0) {
      throw new LorawanFormatException("a PHYPayload needs at least the MHDR byte, got none");
    }
    Mhdr mhdr = Mhdr.decode(phy[0]);
    MType mType = mhdr.mType();
    if (mType == MType.PROPRIETARY) {
      return new PhyPayload(mhdr, new Proprietary(Bytes.copy(phy, 1, phy.length - 1)),
          phy.clone());
    }
    int payloadLength = phy.length - 1 - MIC_LENGTH;
    if (payloadLength < 0) {
      throw new LorawanFormatException(
          "a PHYPayload needs an MHDR and a 4-byte MIC (5 bytes), got " + phy.length);
    }
    Payload payload = switch (mType) {
      case JOIN_REQUEST -> JoinRequestPayload.decode(phy, 1, payloadLength);
      case REJOIN_REQUEST -> RejoinRequestPayload.decode(phy, 1, payloadLength);
      case JOIN_ACCEPT -> new EncryptedJoinAccept(Bytes.copy(phy, 1, payloadLength));
      default -> MacPayload.decode(phy, 1, payloadLength, mType.isUplink());
    };
    return new PhyPayload(mhdr, payload, phy.clone());
  }

  /**
   * Builds a frame from its parts.
   *
   * @param mic 4 bytes, or empty for a proprietary frame
   * @throws LorawanFormatException when the payload does not fit the MType (including an FCtrl of
   *     the wrong direction) or the MIC has the wrong size
   */
  public static PhyPayload of(Mhdr mhdr, Payload payload, byte[] mic) {
    if (mhdr == null || payload == null || mic == null) {
      throw new LorawanFormatException("a PHYPayload needs an MHDR, a payload and a MIC");
    }
    checkPayloadFits(mhdr.mType(), payload);
    int micLength = mhdr.mType() == MType.PROPRIETARY ? 0 : MIC_LENGTH;
    if (mic.length != micLength) {
      throw new LorawanFormatException(
          "the MIC of a " + mhdr.mType() + " frame has " + micLength + " bytes, got " + mic.length);
    }
    byte[] b = new byte[1 + payload.length() + micLength];
    b[0] = mhdr.encode();
    int p = payload.write(b, 1);
    System.arraycopy(mic, 0, b, p, micLength);
    return new PhyPayload(mhdr, payload, b);
  }

  /**
   * A join-accept frame from its ciphertext: the encrypted JoinAcceptPayload and MIC, 16 or 32
   * bytes.
   */
  public static PhyPayload joinAccept(byte[] encryptedPayloadAndMic) {
    if (encryptedPayloadAndMic == null) {
      throw new LorawanFormatException("a join-accept needs its encrypted bytes");
    }
    byte[] b = new byte[1 + encryptedPayloadAndMic.length];
    b[0] = Mhdr.of(MType.JOIN_ACCEPT).encode();
    System.arraycopy(encryptedPayloadAndMic, 0, b, 1, encryptedPayloadAndMic.length);
    return decode(b);
  }

  private static void checkPayloadFits(MType mType, Payload payload) {
    boolean fits = switch (mType) {
      case JOIN_REQUEST -> payload instanceof JoinRequestPayload;
      case REJOIN_REQUEST -> payload instanceof RejoinRequestPayload;
      case JOIN_ACCEPT -> payload instanceof EncryptedJoinAccept;
      case PROPRIETARY -> payload instanceof Proprietary;
      default -> payload instanceof MacPayload m
          && m.fhdr().fCtrl().isUplink() == mType.isUplink();
    };
    if (!fits) {
      throw new LorawanFormatException(
          "a " + mType + " frame cannot carry " + payload.getClass().getSimpleName()
              + (payload instanceof MacPayload ? " with an FCtrl of the other direction" : ""));
    }
  }

  /** The MAC header. */
  public Mhdr mhdr() {
    return mhdr;
  }

  /** The message type. */
  public MType mType() {
    return mhdr.mType();
  }

  /** The payload; its class follows from the MType. */
  public Payload payload() {
    return payload;
  }

  /**
   * The MACPayload of a data frame.
   *
   * @throws IllegalStateException when this is not a data frame
   */
  public MacPayload macPayload() {
    if (payload instanceof MacPayload m) {
      return m;
    }
    throw new IllegalStateException("a " + mType() + " frame has no MACPayload");
  }

  /** False only for proprietary frames, which have no MIC. */
  public boolean hasMic() {
    return mType() != MType.PROPRIETARY;
  }

  /** A copy of the MIC: 4 bytes (encrypted for a join-accept), empty for proprietary frames. */
  public byte[] mic() {
    return hasMic() ? Arrays.copyOfRange(bytes, bytes.length - MIC_LENGTH, bytes.length)
        : Bytes.EMPTY;
  }

  /**
   * Compares the MIC with {@code expected} in constant time, without allocating.
   *
   * @return true when this frame has a MIC and {@code expected} holds the same 4 bytes
   */
  public boolean micEquals(byte[] expected) {
    if (!hasMic() || expected == null || expected.length != MIC_LENGTH) {
      return false;
    }
    int diff = 0;
    int base = bytes.length - MIC_LENGTH;
    for (int i = 0; i < MIC_LENGTH; i++) {
      diff |= bytes[base + i] ^ expected[i];
    }
    return diff == 0;
  }

  /** This frame with another MIC (the crypto package computes it over {@link #micInput}). */
  public PhyPayload withMic(byte[] mic) {
    if (!hasMic() || mic == null || mic.length != MIC_LENGTH) {
      throw new LorawanFormatException("a " + mType() + " frame takes a "
          + (hasMic() ? "4-byte MIC" : "no MIC") + ", got "
          + (mic == null ? "none" : mic.length + " bytes"));
    }
    byte[] b = bytes.clone();
    System.arraycopy(mic, 0, b, b.length - MIC_LENGTH, MIC_LENGTH);
    return new PhyPayload(mhdr, payload, b);
  }

  /** The encoded frame: a copy of the bytes it was decoded from or built into. */
  public byte[] encode() {
    return bytes.clone();
  }

  /** The size of the encoded frame in bytes. */
  public int length() {
    return bytes.length;
  }

  /**
   * The number of bytes the MIC covers, from offset 0 in {@link #encode()}: MHDR to the end of
   * the payload. For a join-accept this is ciphertext; its MIC is computed over the plaintext.
   */
  public int micInputLength() {
    return hasMic() ? bytes.length - MIC_LENGTH : bytes.length;
  }

  /** A copy of the bytes the MIC covers: MHDR to the end of the payload (the frame minus MIC). */
  public byte[] micInput() {
    return Arrays.copyOf(bytes, micInputLength());
  }

  /** Offset of FOpts in {@link #encode()}: always 8 for a data frame. */
  public int fOptsOffset() {
    macPayload();
    return FOPTS_OFFSET;
  }

  /** The number of FOpts bytes of a data frame. */
  public int fOptsLength() {
    return macPayload().fhdr().fOptsLength();
  }

  /** Offset of FRMPayload in {@link #encode()}, after FPort (equal to the frame end without it). */
  public int frmPayloadOffset() {
    MacPayload m = macPayload();
    return FOPTS_OFFSET + m.fhdr().fOptsLength() + (m.hasFPort() ? 1 : 0);
  }

  /** The number of FRMPayload bytes of a data frame. */
  public int frmPayloadLength() {
    return macPayload().frmPayloadLength();
  }

  /**
   * The encrypted bytes of a join-accept after the MHDR, MIC included (16 or 32 bytes): what the
   * crypto package decrypts.
   *
   * @throws IllegalStateException when this is not a join-accept
   */
  public byte[] encryptedJoinAccept() {
    if (mType() != MType.JOIN_ACCEPT) {
      throw new IllegalStateException("a " + mType() + " frame is not a join-accept");
    }
    return Arrays.copyOfRange(bytes, 1, bytes.length);
  }

  /** Equal when the encoded bytes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PhyPayload p && MessageDigest.isEqual(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PhyPayload[mhdr=" + mhdr + ", payload=" + payload + ", mic=" + Hex.encode(mic()) + "]";
  }
}
