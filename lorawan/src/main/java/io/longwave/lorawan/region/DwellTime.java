package io.longwave.lorawan.region;

/**
 * The dwell-time limit of a direction, set by TxParamSetupReq (LoRaWAN 1.0.4 §5.12; RP002-1.0.3
 * §2.6.6 and §2.8.6). It shrinks the payload tables of AS923 and AU915 and, in AS923, raises the
 * lowest RX1 data rate to DR2.
 */
public enum DwellTime {
  /** No limit (UplinkDwellTime or DownlinkDwellTime = 0). */
  NO_LIMIT,
  /** At most 400 ms per transmission (dwell time bit = 1). */
  LIMIT_400_MS
}
