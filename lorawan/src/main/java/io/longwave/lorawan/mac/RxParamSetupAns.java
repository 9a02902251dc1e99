package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.5 (also 1.0.4) RXParamSetupAns, uplink: the end-device's answer to a
 * RXParamSetupReq (Table 7). The new RX2 and RX1 settings apply only when all three bits are set.
 *
 * @param rx1DrOffsetAck bit 2, RX1DRoffset ACK
 * @param rx2DataRateAck bit 1, RX2 Data rate ACK
 * @param channelAck bit 0, Channel ACK: the RX2 frequency is usable
 * @param rfu the RFU bits 7:3 as received, in place (mask 0xf8), normally 0
 */
public record RxParamSetupAns(
    boolean rx1DrOffsetAck, boolean rx2DataRateAck, boolean channelAck, int rfu)
    implements StandardMacCommand {

  private static final int RFU_MASK = 0xf8;

  public RxParamSetupAns {
    MacFields.rfu("RXParamSetupAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public RxParamSetupAns(boolean rx1DrOffsetAck, boolean rx2DataRateAck, boolean channelAck) {
    this(rx1DrOffsetAck, rx2DataRateAck, channelAck, 0);
  }

  /** True when the end-device accepted the whole RXParamSetupReq. */
  public boolean allAcked() {
    return rx1DrOffsetAck && rx2DataRateAck && channelAck;
  }

  @Override
  public Cid type() {
    return Cid.RX_PARAM_SETUP_ANS;
  }

  static RxParamSetupAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new RxParamSetupAns(
        MacFields.bit(v, 2), MacFields.bit(v, 1), MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte)
            (MacFields.flag(rx1DrOffsetAck, 2)
                | MacFields.flag(rx2DataRateAck, 1)
                | MacFields.flag(channelAck, 0)
                | rfu);
  }
}
