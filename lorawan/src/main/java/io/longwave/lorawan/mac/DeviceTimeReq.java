package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.12 (also 1.0.4) DeviceTimeReq, uplink: the end-device asks for the network time.
 * It has no payload.
 */
public record DeviceTimeReq() implements StandardMacCommand {

  static final DeviceTimeReq INSTANCE = new DeviceTimeReq();

  @Override
  public Cid type() {
    return Cid.DEVICE_TIME_REQ;
  }
}
