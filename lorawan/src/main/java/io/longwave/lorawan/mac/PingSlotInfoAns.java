package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.1 (Class B) PingSlotInfoAns, downlink: acknowledges a PingSlotInfoReq. It has no
 * payload.
 */
public record PingSlotInfoAns() implements StandardMacCommand {

  static final PingSlotInfoAns INSTANCE = new PingSlotInfoAns();

  @Override
  public Cid type() {
    return Cid.PING_SLOT_INFO_ANS;
  }
}
