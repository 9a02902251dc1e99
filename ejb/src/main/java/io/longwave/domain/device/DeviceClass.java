package io.longwave.domain.device;

/** LoRaWAN device classes (LoRaWAN 1.0.4 §3, §8, §16). */
public enum DeviceClass {
  /** Receive windows only after an uplink. */
  A,
  /** Also scheduled ping slots, timed by beacons. */
  B,
  /** Continuously listening except while transmitting. */
  C
}
