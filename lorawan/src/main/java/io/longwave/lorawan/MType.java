package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §4.2.1 Message type (MType): the three most significant bits of the MHDR. The
 * RejoinRequest type exists from LoRaWAN 1.1 on; in 1.0.x its code was RFU.
 */
public enum MType {
  JOIN_REQUEST(0b000, true),
  JOIN_ACCEPT(0b001, false),
  UNCONFIRMED_DATA_UP(0b010, true),
  UNCONFIRMED_DATA_DOWN(0b011, false),
  CONFIRMED_DATA_UP(0b100, true),
  CONFIRMED_DATA_DOWN(0b101, false),
  REJOIN_REQUEST(0b110, true),
  PROPRIETARY(0b111, true);

  private static final MType[] BY_CODE = new MType[8];

  static {
    for (MType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;
  private final boolean uplink;

  MType(int code, boolean uplink) {
    this.code = code;
    this.uplink = uplink;
  }

  /** The 3-bit code as it appears in MHDR bits 7..5. */
  public int code() {
    return code;
  }

  /**
   * True for messages sent by end-devices. Proprietary messages may travel either way; they count
   * as uplink here because that is how a network server receives them.
   */
  public boolean isUplink() {
    return uplink;
  }

  /** True for the four data message types, which carry a MACPayload. */
  public boolean isData() {
    return code >= 0b010 && code <= 0b101;
  }

  /** True for confirmed data up and down. */
  public boolean isConfirmed() {
    return this == CONFIRMED_DATA_UP || this == CONFIRMED_DATA_DOWN;
  }

  /** The type for a 3-bit code; every code 0..7 is defined. */
  public static MType fromCode(int code) {
    if (code < 0 || code > 7) {
      throw new LorawanFormatException("an MType has 3 bits, got " + code);
    }
    return BY_CODE[code];
  }
}
