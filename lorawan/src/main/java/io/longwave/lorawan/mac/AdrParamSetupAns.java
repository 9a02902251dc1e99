package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.11 ADRParamSetupAns, uplink: acknowledges an ADRParamSetupReq. It has no payload.
 */
public record AdrParamSetupAns() implements StandardMacCommand {

  static final AdrParamSetupAns INSTANCE = new AdrParamSetupAns();

  @Override
  public Cid type() {
    return Cid.ADR_PARAM_SETUP_ANS;
  }
}
