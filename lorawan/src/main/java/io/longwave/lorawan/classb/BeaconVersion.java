package io.longwave.lorawan.classb;

/**
 * Which specification defines the beacon frame (LoRaWAN 1.0.4 §13.2 versus LoRaWAN 1.0.3 §13.2
 * and LoRaWAN 1.1 §15.2). Both frames have the same length for a given spreading factor; 1.0.4
 * (with RP002-1.0.x) takes the last RFU byte before Time for a Param byte.
 */
public enum BeaconVersion {
  /** LoRaWAN 1.0.3 and 1.1 (RP 1.0.3 / RP2-1.1): RFU | Time | CRC | GwSpecific | RFU | CRC. */
  LORAWAN_1_0_3,

  /** LoRaWAN 1.0.4 and RP002-1.0.x: RFU | Param | Time | CRC | GwSpecific | RFU | CRC. */
  LORAWAN_1_0_4
}
