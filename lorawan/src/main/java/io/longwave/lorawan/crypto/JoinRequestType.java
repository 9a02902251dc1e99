package io.longwave.lorawan.crypto;

/**
 * JoinReqType, the first byte of the LoRaWAN 1.1 join-accept MIC input (LoRaWAN 1.1 §6.2.3): which
 * request the join-accept answers.
 */
public enum JoinRequestType {
  /** A join-request; 0xFF. */
  JOIN_REQUEST(0xff),
  /** A rejoin-request of type 0; 0x00. */
  REJOIN_TYPE_0(0x00),
  /** A rejoin-request of type 1; 0x01. */
  REJOIN_TYPE_1(0x01),
  /** A rejoin-request of type 2; 0x02. */
  REJOIN_TYPE_2(0x02);

  private final int value;

  JoinRequestType(int value) {
    this.value = value;
  }

  /** The JoinReqType byte. */
  public int value() {
    return value;
  }
}
