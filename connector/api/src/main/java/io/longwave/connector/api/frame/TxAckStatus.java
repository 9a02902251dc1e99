package io.longwave.connector.api.frame;

/**
 * The outcome of one downlink item (ChirpStack gw.proto {@code TxAckStatus}); the Semtech TX_ACK
 * {@code error} strings map onto it.
 */
public enum TxAckStatus {
  /** The item was not tried because an earlier one succeeded (or none was tried yet). */
  IGNORED,
  OK,
  TOO_LATE,
  TOO_EARLY,
  COLLISION_PACKET,
  COLLISION_BEACON,
  TX_FREQ,
  TX_POWER,
  GPS_UNLOCKED,
  QUEUE_FULL,
  INTERNAL_ERROR,
  DUTY_CYCLE_OVERFLOW;

  /**
   * Maps a Semtech {@code txpk_ack.error} value: absent, empty or {@code NONE} is {@link #OK}; a
   * string naming no known status is {@link #INTERNAL_ERROR}.
   */
  public static TxAckStatus fromSemtechError(String error) {
    if (error == null || error.isEmpty() || error.equals("NONE")) {
      return OK;
    }
    for (TxAckStatus s : values()) {
      if (s != IGNORED && s != OK && s.name().equals(error)) {
        return s;
      }
    }
    return INTERNAL_ERROR;
  }

  /** True when the gateway accepted the item. */
  public boolean isOk() {
    return this == OK;
  }
}
