package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.9 (also 1.0.4) TxParamSetupAns, uplink: acknowledges a TxParamSetupReq. It has no
 * payload.
 */
public record TxParamSetupAns() implements StandardMacCommand {

  static final TxParamSetupAns INSTANCE = new TxParamSetupAns();

  @Override
  public Cid type() {
    return Cid.TX_PARAM_SETUP_ANS;
  }
}
