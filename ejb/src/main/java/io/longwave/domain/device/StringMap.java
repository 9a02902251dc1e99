package io.longwave.domain.device;

import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the string maps devices and profiles carry (ChirpStack's {@code tags} and {@code
 * variables}): keys are non-empty, values non-null, and both bounded so that the map fits its
 * column.
 */
public final class StringMap {

  /** The longest key or value accepted. */
  public static final int MAX_ENTRY_LENGTH = 255;

  /** The most entries accepted. */
  public static final int MAX_ENTRIES = 50;

  private StringMap() {}

  /**
   * An unmodifiable, key-ordered copy of {@code map} (null is an empty map).
   *
   * @param what the map's name in error messages, e.g. {@code tags}
   * @throws IllegalArgumentException when a key is empty or an entry is too long
   */
  public static Map<String, String> copyOf(String what, Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          what + " has " + map.size() + " entries; at most " + MAX_ENTRIES + " are allowed");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue();
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException(what + " has an empty key");
      }
      if (key.length() > MAX_ENTRY_LENGTH || value.length() > MAX_ENTRY_LENGTH) {
        throw new IllegalArgumentException(
            what + " entry " + abbreviate(key) + " is longer than " + MAX_ENTRY_LENGTH
                + " characters");
      }
      copy.put(key, value);
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static String abbreviate(String s) {
    return s.length() > 32 ? s.substring(0, 32) + "…" : s;
  }
}
