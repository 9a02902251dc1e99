package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §6.2.6.1 DLSettings octet of the join-accept: OptNeg (bit 7; RFU in 1.0.x),
 * RX1DRoffset (bits 6..4), RX2DataRate (bits 3..0). Immutable.
 *
 * @param optNeg set by a LoRaWAN 1.1 join server: the 1.1 key derivation and MIC apply
 * @param rx1DrOffset offset between uplink and RX1 downlink data rate, 0 to 7
 * @param rx2DataRate data rate index of RX2, 0 to 15
 */
public record DlSettings(boolean optNeg, int rx1DrOffset, int rx2DataRate) {

  public DlSettings {
    if (rx1DrOffset < 0 || rx1DrOffset > 7) {
      throw new LorawanFormatException("RX1DRoffset has 3 bits, got " + rx1DrOffset);
    }
    if (rx2DataRate < 0 || rx2DataRate > 15) {
      throw new LorawanFormatException("RX2DataRate has 4 bits, got " + rx2DataRate);
    }
  }

  /** Decodes the octet (low 8 bits of {@code b}). */
  public static DlSettings decode(int b) {
    return new DlSettings((b & 0x80) != 0, (b >>> 4) & 0x07, b & 0x0f);
  }

  /** The octet. */
  public byte encode() {
    return (byte) ((optNeg ? 0x80 : 0) | (rx1DrOffset << 4) | rx2DataRate);
  }
}
