package io.longwave.lorawan.mac;

/**
 * Who sends a MAC command: LoRaWAN 1.1 §5 Table 4 ("Transmitted by"). The same CID names a
 * different command in each direction (0x03 uplink is LinkADRAns, downlink LinkADRReq).
 */
public enum Direction {
  /** Sent by the end-device to the network. */
  UPLINK,
  /** Sent by the network to the end-device. */
  DOWNLINK
}
