package io.longwave.console.converter;

import java.util.HexFormat;

/**
 * An application payload as people type it: hexadecimal digits, two per byte, upper or lower
 * case, with any spaces between them ignored (so that {@code 01 02 ff} reads as three bytes). The
 * empty text is the empty payload.
 */
public final class HexPayload {

  /** The largest payload of any LoRaWAN data rate (N of DR with 250-byte MACPayloads). */
  public static final int MAX_BYTES = 242;

  private static final HexFormat HEX = HexFormat.of();

  private HexPayload() {}

  /**
   * The bytes of {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong: a character that is no hex digit, an
   *     odd number of digits, or more than {@link #MAX_BYTES} bytes
   */
  public static byte[] parse(String text) {
    String digits = text == null ? "" : text.replaceAll("\\s+", "");
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "'" + digits.charAt(i) + "' is not a hexadecimal digit");
      }
    }
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "a payload has two hexadecimal digits per byte; got " + digits.length() + " digits");
    }
    if (digits.length() / 2 > MAX_BYTES) {
      throw new IllegalArgumentException("a payload has at most " + MAX_BYTES + " bytes; got "
          + digits.length() / 2);
    }
    return HEX.parseHex(digits);
  }

  /** Lower-case hex digits of {@code bytes}; the empty text for null. */
  public static String format(byte[] bytes) {
    return bytes == null ? "" : HEX.formatHex(bytes);
  }
}
