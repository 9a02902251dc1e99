package io.longwave.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tags and variables as the forms edit them: one {@code key=value} per line, keys unique and
 * not blank, blank lines ignored; the value is everything after the first {@code =}, trimmed.
 */
public final class KeyValueText {

  private KeyValueText() {}

  /**
   * The pairs of {@code text}, in their order.
   *
   * @throws IllegalArgumentException naming the line that has no key or no {@code =}, or a key
   *     given twice
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (text == null) {
      return pairs;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? "" : line.substring(0, eq).strip();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not key=value");
      }
      if (pairs.put(key, line.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("the key " + key + " is given twice");
      }
    }
    return pairs;
  }

  /** The pairs as text, one per line. */
  public static String format(Map<String, String> pairs) {
    return pairs == null ? "" : pairs.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
  }
}
