package io.longwave.lorawan;

/**
 * Who sends a frame or a MAC command. It is the Dir field of the B0 and A blocks (LoRaWAN 1.0.4
 * §4.3.3.1 and §4.4, LoRaWAN 1.1 §4.3.3 and §4.4): 0 for frames sent by the end-device, 1 for
 * frames sent by the network; and it tells which command a CID names (LoRaWAN 1.1 §5 Table 4,
 * "Transmitted by": 0x03 uplink is LinkADRAns, downlink LinkADRReq).
 */
public enum Direction {
  /** End-device to network; Dir = 0. */
  UPLINK(0),
  /** Network to end-device; Dir = 1. */
  DOWNLINK(1);

  private final int dir;

  Direction(int dir) {
    this.dir = dir;
  }

  /** The Dir byte written in B0 and A blocks. */
  public int dir() {
    return dir;
  }
}
