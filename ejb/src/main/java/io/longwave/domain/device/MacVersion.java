package io.longwave.domain.device;

/** The LoRaWAN version an end-device implements (ChirpStack's {@code MacVersion}). */
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

  /** As written in profiles and the API, for example {@code 1.0.3}. */
  public String text() {
    return text;
  }

  /** True for LoRaWAN 1.1, with its separate network keys, counters and join procedure. */
  public boolean isLorawan11() {
    return this == LORAWAN_1_1_0;
  }

  /** Parses {@code 1.0.3}, {@code LORAWAN_1_0_3} or ChirpStack's {@code LORAWAN_1_0_3}. */
  public static MacVersion parse(String s) {
    for (MacVersion v : values()) {
      if (v.text.equals(s) || v.name().equalsIgnoreCase(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown LoRaWAN version " + s);
  }
}
