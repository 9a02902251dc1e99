package io.longwave.connector.api.frame;

/** The PHY CRC status of a received frame (Semtech rxpk {@code stat}: 1 OK, -1 bad, 0 none). */
public enum CrcStatus {
  NO_CRC,
  BAD_CRC,
  CRC_OK
}
