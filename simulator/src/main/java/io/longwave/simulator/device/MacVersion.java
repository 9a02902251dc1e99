package io.longwave.simulator.device;

/**
 * The LoRaWAN MAC version an end-device implements. It selects the join procedure and the
 * session crypto: LoRaWAN 1.0.x (one NwkSKey, random DevNonce, LoRaWAN 1.0.4 §6.2) or 1.1 (four
 * session keys, incrementing DevNonce, OptNeg, LoRaWAN 1.1 §6.2).
 */
public enum MacVersion {
  LORAWAN_1_0_0("1.0.0"),
  LORAWAN_1_0_1("1.0.1"),
  LORAWAN_1_0_2("1.0.2"),
  LORAWAN_1_0_3("1.0.3"),
  LORAWAN_1_0_4("1.0.4"),
  LORAWAN_1_1_0("1.1.0");

  private final String text;

  MacVersion(String text) {
    this.text = text;
  }

  /** The dotted form used in the devices file, e.g. {@code 1.0.3}. */
  public String text() {
    return text;
  }

  /** True for LoRaWAN 1.1. */
  public boolean isLorawan11() {
    return this == LORAWAN_1_1_0;
  }

  /**
   * Parses {@code 1.0.3}, {@code 1.1}, {@code 1.1.0} or the ChirpStack name {@code LORAWAN_1_0_3},
   * ignoring case.
   *
   * @throws IllegalArgumentException when the text names no version
   */
  public static MacVersion parse(String s) {
    String t = s == null ? "" : s.strip();
    if (t.equals("1.1")) {
      return LORAWAN_1_1_0;
    }
    for (MacVersion v : values()) {
      if (v.text.equals(t) || v.name().equalsIgnoreCase(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "expected a MAC version such as 1.0.3 or 1.1.0, got '" + s + "'");
  }
}
