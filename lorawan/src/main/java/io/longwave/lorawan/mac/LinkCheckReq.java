package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.2 (also 1.0.4) LinkCheckReq, uplink: the end-device asks the network to validate
 * its connectivity. It has no payload.
 */
public record LinkCheckReq() implements StandardMacCommand {

  static final LinkCheckReq INSTANCE = new LinkCheckReq();

  @Override
  public Cid type() {
    return Cid.LINK_CHECK_REQ;
  }
}
