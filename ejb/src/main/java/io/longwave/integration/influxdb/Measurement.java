package io.longwave.integration.influxdb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One InfluxDB point: a measurement name, tags and fields. Field values are {@link Long}
 * (integers, written {@code 12i}), {@link Double} (written with six decimals, as ChirpStack
 * does), {@link String} or {@link Boolean}. Rendered in the line protocol with tags and fields
 * sorted, empty tag values left out (InfluxDB refuses them) and special characters escaped.
 */
public record Measurement(String name, Map<String, String> tags, Map<String, Object> fields) {

  public Measurement {
    Objects.requireNonNull(name, "name");
    tags = Map.copyOf(tags);
    fields = Map.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a point has at least one field");
    }
  }

  /** The line protocol line, with {@code timestamp} in the write's precision. */
  public String toLine(long timestamp) {
    StringBuilder line = new StringBuilder(escape(name, ", "));
    List<String> tagParts = new ArrayList<>();
    for (Map.Entry<String, String> t : new TreeMap<>(tags).entrySet()) {
      if (!t.getKey().isEmpty() && !t.getValue().isEmpty()) {
        tagParts.add(escape(t.getKey(), ",= ") + "=" + escape(t.getValue(), ",= "));
      }
    }
    tagParts.sort(null);
    for (String t : tagParts) {
      line.append(',').append(t);
    }
    List<String> fieldParts = new ArrayList<>();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      fieldParts.add(escape(f.getKey(), ",= ") + "=" + value(f.getValue()));
    }
    fieldParts.sort(null);
    line.append(' ').append(String.join(",", fieldParts)).append(' ').append(timestamp);
    return line.toString();
  }

  private static String value(Object v) {
    if (v instanceof Long || v instanceof Integer) {
      return v + "i";
    }
    if (v instanceof Double d) {
      return new BigDecimal(d).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    if (v instanceof String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    throw new IllegalArgumentException("unsupported field value " + v.getClass().getName());
  }

  private static String escape(String s, String special) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        b.append(' ');
        continue;
      }
      if (special.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
