package io.longwave.domain.device;

import java.util.Locale;

/**
 * Which codec turns a device's payloads into objects and back (ChirpStack v3 {@code
 * payloadCodec}): none, Cayenne LPP, or JavaScript functions given as scripts.
 *
 * @param type the codec
 * @param encoderScript the script encoding downlink objects ({@link Type#CUSTOM_JS} only)
 * @param decoderScript the script decoding uplink payloads ({@link Type#CUSTOM_JS} only)
 */
public record PayloadCodec(Type type, String encoderScript, String decoderScript) {

  /** The longest script accepted (the column's width). */
  public static final int MAX_SCRIPT_LENGTH = 100_000;

  /** No codec. */
  public static final PayloadCodec NONE = new PayloadCodec(Type.NONE, "", "");

  /** The codecs, with the names the API and the {@code payload_codec} columns use. */
  public enum Type {
    NONE(""),
    CAYENNE_LPP("CAYENNE_LPP"),
    CUSTOM_JS("CUSTOM_JS");

    private final String wireName;

    Type(String wireName) {
      this.wireName = wireName;
    }

    /** As in the API: {@code ""}, {@code CAYENNE_LPP} or {@code CUSTOM_JS}. */
    public String wireName() {
      return wireName;
    }

    /**
     * Parses a wire name; null, empty and {@code NONE} are no codec.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Type parse(String s) {
      if (s == null || s.isEmpty() || s.equalsIgnoreCase("NONE")) {
        return NONE;
      }
      for (Type t : values()) {
        if (t != NONE && t.wireName.equals(s.toUpperCase(Locale.ROOT))) {
          return t;
        }
      }
      throw new IllegalArgumentException(
          "unknown payload codec " + s + "; use \"\", CAYENNE_LPP or CUSTOM_JS");
    }
  }

  public PayloadCodec {
    type = type == null ? Type.NONE : type;
    encoderScript = check("encoder", encoderScript);
    decoderScript = check("decoder", decoderScript);
  }

  private static String check(String what, String script) {
    String s = script == null ? "" : script;
    if (s.length() > MAX_SCRIPT_LENGTH) {
      throw new IllegalArgumentException(
          "the payload " + what + " script is longer than " + MAX_SCRIPT_LENGTH + " characters");
    }
    return s;
  }
}
