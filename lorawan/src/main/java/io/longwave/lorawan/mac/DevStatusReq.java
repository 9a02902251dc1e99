package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.6 (also 1.0.4) DevStatusReq, downlink: asks the end-device for its battery level
 * and demodulation margin. It has no payload.
 */
public record DevStatusReq() implements StandardMacCommand {

  static final DevStatusReq INSTANCE = new DevStatusReq();

  @Override
  public Cid type() {
    return Cid.DEV_STATUS_REQ;
  }
}
