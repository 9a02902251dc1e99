package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.3 (also 1.0.4) LinkADRAns, uplink: the end-device's answer to a LinkADRReq (Table
 * 6). The request was applied only when all three bits are set.
 *
 * @param powerAck bit 2, Power ACK: the TXPower was accepted
 * @param dataRateAck bit 1, Data rate ACK: the DataRate was accepted
 * @param channelMaskAck bit 0, Channel mask ACK: the ChMask was accepted
 * @param rfu the RFU bits 7:3 as received, in place (mask 0xf8), normally 0
 */
public record LinkAdrAns(boolean powerAck, boolean dataRateAck, boolean channelMaskAck, int rfu)
    implements StandardMacCommand {

  private static final int RFU_MASK = 0xf8;

  public LinkAdrAns {
    MacFields.rfu("LinkADRAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public LinkAdrAns(boolean powerAck, boolean dataRateAck, boolean channelMaskAck) {
    this(powerAck, dataRateAck, channelMaskAck, 0);
  }

  /** True when the end-device accepted the whole LinkADRReq. */
  public boolean allAcked() {
    return powerAck && dataRateAck && channelMaskAck;
  }

  @Override
  public Cid type() {
    return Cid.LINK_ADR_ANS;
  }

  static LinkAdrAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new LinkAdrAns(
        MacFields.bit(v, 2), MacFields.bit(v, 1), MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte)
            (MacFields.flag(powerAck, 2)
                | MacFields.flag(dataRateAck, 1)
                | MacFields.flag(channelMaskAck, 0)
                | rfu);
  }
}
