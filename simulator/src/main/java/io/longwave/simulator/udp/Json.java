package io.longwave.simulator.udp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) and the writing helpers the fixed packet-forwarder shapes need.
 * Reading gives {@code Map<String, Object>} for objects (insertion order kept), {@code
 * List<Object>} for arrays, {@code String}, {@code Long} for integers, {@code Double} for other
 * numbers, {@code Boolean}, and {@code null}. It is enough for rxpk, stat, txpk and txpk_ack; it
 * is not a general-purpose library. Stateless and thread-safe.
 */
public final class Json {

  private static final int MAX_DEPTH = 16;

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON value that fills the whole text (white space aside).
   *
   * @throws PacketFormatException when the text is not JSON; the message gives the offset
   */
  public static Object parse(String text) {
    if (text == null) {
      throw new PacketFormatException("expected JSON text, got none");
    }
    Json p = new Json(text);
    p.skipSpace();
    Object v = p.value(0);
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("the end of the JSON text");
    }
    return v;
  }

  /**
   * Parses a JSON object.
   *
   * @throws PacketFormatException when the text is not JSON or not an object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new PacketFormatException("expected a JSON object, got " + kind(v));
    }
    return (Map<String, Object>) v;
  }

  /** A name for the JSON kind of a parsed value, for error messages. */
  static String kind(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof Map) {
      return "an object";
    } else if (v instanceof List) {
      return "an array";
    } else if (v instanceof String) {
      return "a string";
    } else if (v instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  /** Appends {@code s} as a JSON string literal, quotes and escapes included. */
  public static void appendString(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 15, 16));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /**
   * Appends {@code value} with exactly {@code decimals} digits after the point (rounded half
   * up), as the packet forwarder writes {@code freq} (6 digits) and {@code lsnr} (1 digit).
   */
  public static void appendFixed(StringBuilder b, double value, int decimals) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(Math.abs(value) * scale);
    if (value < 0 && scaled != 0) {
      b.append('-');
    }
    b.append(scaled / scale);
    if (decimals > 0) {
      b.append('.');
      String frac = Long.toString(scaled % scale);
      for (int i = frac.length(); i < decimals; i++) {
        b.append('0');
      }
      b.append(frac);
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new PacketFormatException("JSON nested deeper than " + MAX_DEPTH + " levels");
    }
    if (pos >= text.length()) {
      throw error("a JSON value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("a JSON value");
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("a member name in quotes");
      }
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      m.put(name, value(depth + 1));
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        pos--;
        throw error("',' or '}' in an object");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> a = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return a;
    }
    while (true) {
      skipSpace();
      a.add(value(depth + 1));
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return a;
      }
      if (c != ',') {
        pos--;
        throw error("',' or ']' in an array");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("the closing quote of a string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("an escaped control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("an escape after '\\'");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> b.append(unicodeEscape());
        default -> {
          pos--;
          throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
        }
      }
    }
  }

  private char unicodeEscape() {
    if (pos + 4 > text.length()) {
      throw error("four hex digits after \\u");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos + i), 16);
      if (d < 0) {
        pos += i;
        throw error("four hex digits after \\u");
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private Object number() {
    int start = pos;
    boolean integer = true;
    if (peek() == '-') {
      pos++;
    }
    int digits = skipDigits();
    if (digits == 0) {
      throw error("a digit");
    }
    if (peek() == '.') {
      integer = false;
      pos++;
      if (skipDigits() == 0) {
        throw error("a digit after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integer = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (skipDigits() == 0) {
        throw error("a digit in the exponent");
      }
    }
    String n = text.substring(start, pos);
    if (integer && digits <= 18) {
      return Long.parseLong(n);
    }
    return Double.parseDouble(n);
  }

  private int skipDigits() {
    int n = 0;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
      n++;
    }
    return n;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("'" + word + "'");
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private PacketFormatException error(String expected) {
    String found =
        pos >= text.length() ? "the end of the text" : "'" + text.charAt(pos) + "'";
    return new PacketFormatException(
        "JSON: expected " + expected + " at offset " + pos + ", found " + found);
  }
}
