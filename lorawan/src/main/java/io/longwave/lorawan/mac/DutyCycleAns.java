package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.4 (also 1.0.4) DutyCycleAns, uplink: acknowledges a DutyCycleReq. It has no
 * payload.
 */
public record DutyCycleAns() implements StandardMacCommand {

  static final DutyCycleAns INSTANCE = new DutyCycleAns();

  @Override
  public Cid type() {
    return Cid.DUTY_CYCLE_ANS;
  }
}
