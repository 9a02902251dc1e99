package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * The regional parameter sets of RP002-1.0.3 §2, named as ChirpStack names them ({@code AS923} is
 * AS923-1). {@link #commonName()} gives the spelling of the LoRa Alliance documents.
 */
public enum RegionId {
  EU868("EU868"),
  US915("US915"),
  AU915("AU915"),
  AS923("AS923-1"),
  AS923_2("AS923-2"),
  AS923_3("AS923-3"),
  AS923_4("AS923-4"),
  CN470("CN470"),
  IN865("IN865"),
  KR920("KR920"),
  RU864("RU864"),
  EU433("EU433"),
  CN779("CN779");

  private final String commonName;

  RegionId(String commonName) {
    this.commonName = commonName;
  }

  /** The RP002 common name, for example {@code AS923-2}. */
  public String commonName() {
    return commonName;
  }

  /**
   * Parses either spelling, ignoring case: the enum name ({@code AS923_2}) or the common name
   * ({@code AS923-2}); {@code AS923-1} is {@link #AS923}.
   *
   * @throws LorawanFormatException when the text names no region
   */
  public static RegionId parse(String text) {
    if (text != null) {
      String t = text.strip();
      for (RegionId id : values()) {
        if (id.name().equalsIgnoreCase(t) || id.commonName.equalsIgnoreCase(t)) {
          return id;
        }
      }
    }
    throw new LorawanFormatException(
        "expected a region name such as EU868, US915 or AS923_2, got '" + text + "'");
  }
}
