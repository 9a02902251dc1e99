package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §4.2 MAC header (MHDR): MType (bits 7..5), RFU (bits 4..2), Major (bits 1..0).
 * The RFU bits are written as zero and ignored when read. Immutable.
 *
 * @param mType the message type
 * @param major the major version, always {@link Major#LORAWAN_R1}
 */
public record Mhdr(MType mType, Major major) {

  private static final Mhdr[] BY_MTYPE = new Mhdr[8];

  static {
    for (MType t : MType.values()) {
      BY_MTYPE[t.code()] = new Mhdr(t, Major.LORAWAN_R1);
    }
  }

  public Mhdr {
    if (mType == null || major == null) {
      throw new LorawanFormatException("an MHDR needs an MType and a Major");
    }
  }

  /** The LoRaWAN R1 header for a message type (a shared instance). */
  public static Mhdr of(MType mType) {
    if (mType == null) {
      throw new LorawanFormatException("an MHDR needs an MType");
    }
    return BY_MTYPE[mType.code()];
  }

  /**
   * Decodes the MHDR byte (only the low 8 bits of {@code b} are read).
   *
   * @throws LorawanFormatException when Major is not LoRaWAN R1
   */
  public static Mhdr decode(int b) {
    Major.fromCode(b & 0x03);
    return BY_MTYPE[(b >>> 5) & 0x07];
  }

  /** The MHDR byte. */
  public byte encode() {
    return (byte) ((mType.code() << 5) | major.code());
  }
}
