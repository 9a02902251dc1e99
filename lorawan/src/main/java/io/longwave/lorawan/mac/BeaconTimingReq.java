package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.0 Class B BeaconTimingReq, uplink: asks for the time of the next beacon. Deprecated by
 * LoRaWAN 1.1 §14.4 in favour of DeviceTimeReq; still decoded. It has no payload.
 */
public record BeaconTimingReq() implements StandardMacCommand {

  static final BeaconTimingReq INSTANCE = new BeaconTimingReq();

  @Override
  public Cid type() {
    return Cid.BEACON_TIMING_REQ;
  }
}
