package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.3 (also 1.0.4) LinkADRReq, downlink: the network asks the end-device to change
 * data rate, transmit power, repetitions and enabled channels. Payload: DataRate_TXPower (DataRate
 * bits 7:4, TXPower bits 3:0), ChMask (16 bits, little-endian), Redundancy (RFU bit 7, ChMaskCntl
 * bits 6:4, NbTrans bits 3:0). DataRate and TXPower are region indexes; 15 means "keep the current
 * value".
 *
 * @param dataRate the DataRate index, 0 to 15
 * @param txPower the TXPower index, 0 to 15
 * @param chMask the ChMask, 16 bits; bit 0 is the first channel of the block
 * @param chMaskCntl the ChMaskCntl, 0 to 7: which block of channels ChMask applies to
 * @param nbTrans the NbTrans, 0 to 15; 0 means "keep the current value"
 * @param rfu the RFU bit 7 of Redundancy as received, in place (mask 0x80), normally 0
 */
public record LinkAdrReq(
    int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans, int rfu)
    implements StandardMacCommand {

  private static final String NAME = "LinkADRReq";
  private static final int RFU_MASK = 0x80;

  public LinkAdrReq {
    MacFields.range(NAME, "DataRate", dataRate, 0, 15);
    MacFields.range(NAME, "TXPower", txPower, 0, 15);
    MacFields.range(NAME, "ChMask", chMask, 0, 0xffff);
    MacFields.range(NAME, "ChMaskCntl", chMaskCntl, 0, 7);
    MacFields.range(NAME, "NbTrans", nbTrans, 0, 15);
    MacFields.rfu(NAME, rfu, RFU_MASK);
  }

  /** With the RFU bit zero. */
  public LinkAdrReq(int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans) {
    this(dataRate, txPower, chMask, chMaskCntl, nbTrans, 0);
  }

  /** True when ChMask bit {@code index} (0 to 15) is set. */
  public boolean channelEnabled(int index) {
    MacFields.range(NAME, "channel index", index, 0, 15);
    return MacFields.bit(chMask, index);
  }

  @Override
  public Cid type() {
    return Cid.LINK_ADR_REQ;
  }

  static LinkAdrReq read(byte[] b, int offset) {
    int drTx = MacFields.u8(b, offset);
    int redundancy = MacFields.u8(b, offset + 3);
    return new LinkAdrReq(
        drTx >>> 4,
        drTx & 0x0f,
        MacFields.u16(b, offset + 1),
        (redundancy >>> 4) & 0x07,
        redundancy & 0x0f,
        redundancy & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (dataRate << 4 | txPower);
    MacFields.putU16(b, offset + 1, chMask);
    b[offset + 3] = (byte) (rfu | chMaskCntl << 4 | nbTrans);
  }
}
