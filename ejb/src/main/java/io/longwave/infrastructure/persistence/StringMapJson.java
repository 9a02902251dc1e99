package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code tags} and {@code variables} columns: a JSON object of strings. Reading is tolerant: a
 * value that is not a string is kept as its JSON text, and unreadable text is an empty map (the
 * row stays usable). Stateless and thread-safe.
 */
final class StringMapJson {


  private StringMapJson() {}

  static String write(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return "{}";
    }
    JsonObjectBuilder o = JSON.createObjectBuilder();
    map.forEach(o::add);
    return o.build().toString();
  }

  static Map<String, String> read(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try (JsonReader r = JSON.createReader(new StringReader(text))) {
      JsonObject o = r.readObject();
      Map<String, String> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        JsonValue v = e.getValue();
        map.put(e.getKey(), v instanceof JsonString s ? s.getString() : v.toString());
      }
      return map;
    } catch (JsonException | ClassCastException e) {
      return Map.of();
    }
  }
}
