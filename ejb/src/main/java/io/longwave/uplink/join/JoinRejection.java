package io.longwave.uplink.join;

/**
 * Why a join-request or rejoin-request got no join-accept; the caller counts these. For a known
 * device each also becomes an application error event with {@link #errorType()} (ChirpStack's
 * {@code OTAA}), except {@link #REJOIN_NOT_SUPPORTED}, which is counted as a dropped uplink, and
 * {@link #TOO_LATE}, which is only counted: in a join storm error events would add to the load.
 */
public enum JoinRejection {
  /** No device has the DevEUI. */
  UNKNOWN_DEVICE("OTAA"),
  /** The device is disabled. */
  DEVICE_DISABLED("OTAA"),
  /** The device's profile does not exist. */
  UNKNOWN_DEVICE_PROFILE("OTAA"),
  /** The profile does not allow OTAA, or the device has no root keys for it. */
  OTAA_NOT_SUPPORTED("OTAA"),
  /** The request's JoinEUI is not the device's. */
  JOIN_EUI_MISMATCH("OTAA"),
  /** The uplink's modulation is no uplink data rate of the region. */
  UNKNOWN_DATA_RATE("OTAA"),
  /** The MIC does not check with the device's NwkKey (AppKey of 1.0.x). */
  INVALID_MIC("OTAA"),
  /** LoRaWAN 1.0.x: the DevNonce was used before. */
  DEV_NONCE_REUSED("OTAA"),
  /** LoRaWAN 1.1: the DevNonce is not greater than the last one used. */
  DEV_NONCE_NOT_INCREASING("OTAA"),
  /** The session was changed by someone else while being replaced, and kept changing. */
  CONCURRENT_SESSION_UPDATE("OTAA"),
  /** A rejoin-request of a device that is not LoRaWAN 1.1: only 1.1 devices rejoin. */
  REJOIN_NOT_SUPPORTED("OTAA"),
  /** A rejoin-request of type 0 or 2 from a device without a session to check its MIC with. */
  NO_SESSION("OTAA"),
  /** A rejoin-request of type 0 or 2 names another network's NetID. */
  NET_ID_MISMATCH("OTAA"),
  /** LoRaWAN 1.1 §6.2.4.3: the rejoin-request's RJcount0 or RJcount1 was used before. */
  RJ_COUNT_NOT_INCREASING("OTAA"),
  /** No gateway that heard the request serves the device profile's region. */
  REGION_MISMATCH("OTAA"),
  /** The join-accept could no longer reach the device's RX2 window (see AnswerDeadline). */
  TOO_LATE("OTAA"),
  /** The gateway chosen for the join-accept cannot be reached. */
  DOWNLINK_GATEWAY_UNAVAILABLE("DOWNLINK_GATEWAY");

  private final String errorType;

  JoinRejection(String errorType) {
    this.errorType = errorType;
  }

  /** The ChirpStack error type of the application error event. */
  public String errorType() {
    return errorType;
  }
}
