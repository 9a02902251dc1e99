package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.8 (also 1.0.4) RXTimingSetupAns, uplink: acknowledges a RXTimingSetupReq. It has
 * no payload.
 */
public record RxTimingSetupAns() implements StandardMacCommand {

  static final RxTimingSetupAns INSTANCE = new RxTimingSetupAns();

  @Override
  public Cid type() {
    return Cid.RX_TIMING_SETUP_ANS;
  }
}
