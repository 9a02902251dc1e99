package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §4.3.1 Frame control octet (FCtrl). Its bits mean different things by direction,
 * so there is one record per direction: {@link Uplink} (ADR, ADRACKReq, ACK, ClassB, FOptsLen)
 * and {@link Downlink} (ADR, RFU, ACK, FPending, FOptsLen). Immutable; decoding returns shared
 * instances.
 */
public sealed interface FCtrl permits FCtrl.Uplink, FCtrl.Downlink {

  /** The ADR bit (bit 7). */
  boolean adr();

  /** The ACK bit (bit 5). */
  boolean ack();

  /** FOptsLen (bits 3..0): the number of FOpts bytes, 0 to 15. */
  int fOptsLen();

  /** The same flags with another FOptsLen. */
  FCtrl withFOptsLen(int fOptsLen);

  /** The FCtrl byte. */
  byte encode();

  /** True for {@link Uplink}. */
  default boolean isUplink() {
    return this instanceof Uplink;
  }

  /** Decodes the FCtrl byte (low 8 bits of {@code b}) with the meaning of the given direction. */
  static FCtrl decode(int b, boolean uplink) {
    return uplink ? Uplink.CACHE[b & 0xff] : Downlink.CACHE[b & 0xff];
  }

  /**
   * Uplink FCtrl. LoRaWAN 1.0.4 §4.3.1 and 1.1 §4.3.1.
   *
   * @param adr the end-device accepts ADR (bit 7)
   * @param adrAckReq the end-device asks the network to answer to confirm ADR (bit 6)
   * @param ack acknowledges the last confirmed downlink (bit 5)
   * @param classB the end-device is in Class B (bit 4)
   * @param fOptsLen number of FOpts bytes, 0 to 15
   */
  record Uplink(boolean adr, boolean adrAckReq, boolean ack, boolean classB, int fOptsLen)
      implements FCtrl {

    private static final Uplink[] CACHE = new Uplink[256];

    static {
      for (int b = 0; b < 256; b++) {
        CACHE[b] = new Uplink(
            (b & 0x80) != 0, (b & 0x40) != 0, (b & 0x20) != 0, (b & 0x10) != 0, b & 0x0f);
      }
    }

    public Uplink {
      checkFOptsLen(fOptsLen);
    }

    /** Flags with FOptsLen 0 (the codec sets it when building an FHDR). */
    public static Uplink of(boolean adr, boolean adrAckReq, boolean ack, boolean classB) {
      return new Uplink(adr, adrAckReq, ack, classB, 0);
    }

    @Override
    public Uplink withFOptsLen(int fOptsLen) {
      checkFOptsLen(fOptsLen);
      return CACHE[(encode() & 0xf0) | fOptsLen];
    }

    @Override
    public byte encode() {
      return (byte) ((adr ? 0x80 : 0) | (adrAckReq ? 0x40 : 0) | (ack ? 0x20 : 0)
          | (classB ? 0x10 : 0) | fOptsLen);
    }
  }

  /**
   * Downlink FCtrl. LoRaWAN 1.0.4 §4.3.1 and 1.1 §4.3.1.
   *
   * @param adr the network controls the data rate (bit 7)
   * @param rfu bit 6, reserved; kept so that a decoded frame encodes to the same byte
   * @param ack acknowledges the last confirmed uplink (bit 5)
   * @param fPending the network has more data pending (bit 4)
   * @param fOptsLen number of FOpts bytes, 0 to 15
   */
  record Downlink(boolean adr, boolean rfu, boolean ack, boolean fPending, int fOptsLen)
      implements FCtrl {

    private static final Downlink[] CACHE = new Downlink[256];

    static {
      for (int b = 0; b < 256; b++) {
        CACHE[b] = new Downlink(
            (b & 0x80) != 0, (b & 0x40) != 0, (b & 0x20) != 0, (b & 0x10) != 0, b & 0x0f);
      }
    }

    public Downlink {
      checkFOptsLen(fOptsLen);
    }

    /** Flags with RFU clear and FOptsLen 0 (the codec sets it when building an FHDR). */
    public static Downlink of(boolean adr, boolean ack, boolean fPending) {
      return new Downlink(adr, false, ack, fPending, 0);
    }

    @Override
    public Downlink withFOptsLen(int fOptsLen) {
      checkFOptsLen(fOptsLen);
      return CACHE[(encode() & 0xf0) | fOptsLen];
    }

    @Override
    public byte encode() {
      return (byte) ((adr ? 0x80 : 0) | (rfu ? 0x40 : 0) | (ack ? 0x20 : 0)
          | (fPending ? 0x10 : 0) | fOptsLen);
    }
  }

  private static void checkFOptsLen(int fOptsLen) {
    if (fOptsLen < 0 || fOptsLen > 15) {
      throw new LorawanFormatException("FOptsLen is 0 to 15, got " + fOptsLen);
    }
  }
}
