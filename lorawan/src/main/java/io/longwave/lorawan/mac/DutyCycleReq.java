package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.4 (also 1.0.4) DutyCycleReq, downlink: the network limits the end-device's
 * aggregated transmit duty cycle to 1 / 2^MaxDutyCycle. Payload DutyCyclePL: RFU bits 7:4,
 * MaxDutyCycle bits 3:0; 0 means no limit beyond the regional ones.
 *
 * @param maxDutyCycle the MaxDutyCycle, 0 to 15
 * @param rfu the RFU bits 7:4 as received, in place (mask 0xf0), normally 0
 */
public record DutyCycleReq(int maxDutyCycle, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xf0;

  public DutyCycleReq {
    MacFields.range("DutyCycleReq", "MaxDutyCycle", maxDutyCycle, 0, 15);
    MacFields.rfu("DutyCycleReq", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public DutyCycleReq(int maxDutyCycle) {
    this(maxDutyCycle, 0);
  }

  /** The aggregated duty cycle limit, 1 / 2^MaxDutyCycle (1.0 when MaxDutyCycle is 0). */
  public double aggregatedDutyCycle() {
    return 1.0 / (1 << maxDutyCycle);
  }

  @Override
  public Cid type() {
    return Cid.DUTY_CYCLE_REQ;
  }

  static DutyCycleReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new DutyCycleReq(v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (rfu | maxDutyCycle);
  }
}
