package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * LR-FHSS coding rates used by LoRaWAN data rates (RP002-1.0.3 §2.x.3). Gateways report them either
 * reduced ({@code 1/3}) or as the radio names them ({@code 2/6}); {@link #parse} takes both.
 */
public enum LrFhssCodingRate {
  /** Coding rate 1/3 (reported as 1/3 or 2/6). */
  CR_1_3,
  /** Coding rate 2/3 (reported as 2/3 or 4/6). */
  CR_2_3;

  /**
   * Parses {@code 1/3}, {@code 2/6}, {@code 2/3} or {@code 4/6}.
   *
   * @throws LorawanFormatException for any other text
   */
  public static LrFhssCodingRate parse(String text) {
    if (text != null) {
      switch (text.strip()) {
        case "1/3", "2/6":
          return CR_1_3;
        case "2/3", "4/6":
          return CR_2_3;
        default:
          break;
      }
    }
    throw new LorawanFormatException(
        "expected an LR-FHSS coding rate 1/3, 2/6, 2/3 or 4/6, got '" + text + "'");
  }
}
