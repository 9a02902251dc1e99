package io.longwave.connector.api.frame;

/** A forward-error-correction coding rate (ChirpStack gw.proto {@code CodeRate}). */
public enum CodeRate {
  UNDEFINED(""),
  CR_4_5("4/5"),
  CR_4_6("4/6"),
  CR_4_7("4/7"),
  CR_4_8("4/8"),
  CR_3_8("3/8"),
  CR_2_6("2/6"),
  CR_1_4("1/4"),
  CR_1_6("1/6"),
  CR_5_6("5/6"),
  CR_LI_4_5("4/5LI"),
  CR_LI_4_6("4/6LI"),
  CR_LI_4_8("4/8LI");

  private final String text;

  CodeRate(String text) {
    this.text = text;
  }

  /** The text form used by the Semtech protocol and ChirpStack v3 JSON, for example {@code 4/5}. */
  public String text() {
    return text;
  }

  /**
   * Parses the text form ({@code 4/5}) or the enum name ({@code CR_4_5}); the sx1302 HAL also
   * writes {@code 4/5LI}-style names for long-interleaving rates.
   *
   * @throws IllegalArgumentException when the text names no coding rate
   */
  public static CodeRate parse(String s) {
    if (s == null || s.isEmpty() || s.equalsIgnoreCase("OFF")) {
      return UNDEFINED;
    }
    for (CodeRate cr : values()) {
      if (cr.text.equalsIgnoreCase(s) || cr.name().equalsIgnoreCase(s)) {
        return cr;
      }
    }
    throw new IllegalArgumentException("unknown coding rate '" + s + "'");
  }
}
