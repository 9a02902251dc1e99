package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.14 RejoinParamSetupAns, uplink: the end-device's answer to a RejoinParamSetupReq.
 *
 * @param timeOk bit 0, TimeOK: the end-device accepted the MaxTimeN limit as well as the MaxCountN
 *     limit
 * @param rfu the RFU bits 7:1 as received, in place (mask 0xfe), normally 0
 */
public record RejoinParamSetupAns(boolean timeOk, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xfe;

  public RejoinParamSetupAns {
    MacFields.rfu("RejoinParamSetupAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public RejoinParamSetupAns(boolean timeOk) {
    this(timeOk, 0);
  }

  @Override
  public Cid type() {
    return Cid.REJOIN_PARAM_SETUP_ANS;
  }

  static RejoinParamSetupAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new RejoinParamSetupAns(MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (MacFields.flag(timeOk, 0) | rfu);
  }
}
