package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §4.2.2 Major version of the data message (MHDR bits 1..0). Only LoRaWAN R1
 * ({@code 00}) is defined; the other values are RFU and rejected.
 */
public enum Major {
  LORAWAN_R1(0b00);

  private final int code;

  Major(int code) {
    this.code = code;
  }

  /** The 2-bit code. */
  public int code() {
    return code;
  }

  /**
   * The major version for a 2-bit code.
   *
   * @throws LorawanFormatException for the RFU codes 1, 2 and 3
   */
  public static Major fromCode(int code) {
    if (code == 0) {
      return LORAWAN_R1;
    }
    throw new LorawanFormatException(
        "Major must be 0 (LoRaWAN R1), got " + code + " (RFU)");
  }
}
