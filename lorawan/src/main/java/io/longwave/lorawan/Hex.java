package io.longwave.lorawan;

import java.util.HexFormat;

/** Hex helpers shared by the value types; decoding failures become {@link LorawanFormatException}. */
public final class Hex {

  private static final HexFormat HEX = HexFormat.of();

  private Hex() {}

  /** Lower-case hex of the bytes. */
  public static String encode(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /**
   * Decodes hex (either case, no separators) of exactly {@code length} bytes.
   *
   * @param what what the text is, for the error message ("DevEUI")
   * @throws LorawanFormatException when the text is not {@code 2 * length} hex digits
   */
  public static byte[] decode(String text, int length, String what) {
    if (text == null) {
      throw new LorawanFormatException(what + " is missing");
    }
    String t = text.strip();
    if (t.length() != length * 2) {
      throw new LorawanFormatException(
          what + " must be " + (length * 2) + " hex digits, got " + t.length() + " ('" + abbreviate(t) + "')");
    }
    try {
      return HEX.parseHex(t);
    } catch (IllegalArgumentException e) {
      throw new LorawanFormatException(what + " must be hex digits only, got '" + abbreviate(t) + "'", e);
    }
  }

  /** Decodes any even number of hex digits. */
  public static byte[] decode(String text, String what) {
    if (text == null) {
      throw new LorawanFormatException(what + " is missing");
    }
    String t = text.strip();
    if (t.length() % 2 != 0) {
      throw new LorawanFormatException(what + " must have an even number of hex digits");
    }
    try {
      return HEX.parseHex(t);
    } catch (IllegalArgumentException e) {
      throw new LorawanFormatException(what + " must be hex digits only, got '" + abbreviate(t) + "'", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
