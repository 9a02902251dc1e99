package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.11 ADRParamSetupReq, downlink: the network sets ADR_ACK_LIMIT = 2^Limit_exp and
 * ADR_ACK_DELAY = 2^Delay_exp. Payload ADRparam: Limit_exp bits 7:4, Delay_exp bits 3:0.
 *
 * @param limitExp the Limit_exp, 0 to 15
 * @param delayExp the Delay_exp, 0 to 15
 */
public record AdrParamSetupReq(int limitExp, int delayExp) implements StandardMacCommand {

  public AdrParamSetupReq {
    MacFields.range("ADRParamSetupReq", "Limit_exp", limitExp, 0, 15);
    MacFields.range("ADRParamSetupReq", "Delay_exp", delayExp, 0, 15);
  }

  /** ADR_ACK_LIMIT, 2^Limit_exp uplinks. */
  public int adrAckLimit() {
    return 1 << limitExp;
  }

  /** ADR_ACK_DELAY, 2^Delay_exp uplinks. */
  public int adrAckDelay() {
    return 1 << delayExp;
  }

  @Override
  public Cid type() {
    return Cid.ADR_PARAM_SETUP_REQ;
  }

  static AdrParamSetupReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new AdrParamSetupReq(v >>> 4, v & 0x0f);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (limitExp << 4 | delayExp);
  }
}
