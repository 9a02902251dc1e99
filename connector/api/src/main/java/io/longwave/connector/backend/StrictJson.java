package io.longwave.connector.backend;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * Strict access to the JSON objects gateways send: a field of the wrong type is an error, not a
 * silent default, and every error names the field ({@code rxpk[0].freq must be a number}). The
 * caller chooses the exception type, so that each backend reports its own. JSON-P is used
 * because Jakarta EE servers ship it, so the adapter adds no parser of its own.
 *
 * @param <E> the exception thrown for malformed input
 */
public final class StrictJson<E extends Exception> {

  private final JsonObject o;
  private final String where;
  private final Function<String, E> error;

  private StrictJson(JsonObject o, String where, Function<String, E> error) {
    this.o = o;
    this.where = where;
    this.error = error;
  }

  /** Access to {@code o}, whose path in the message is {@code where}. */
  public static <E extends Exception> StrictJson<E> of(
      JsonObject o, String where, Function<String, E> error) {
    return new StrictJson<>(o, where, error);
  }

  /** Parses the JSON object in {@code d[offset..length)}. */
  public static <E extends Exception> JsonObject parse(
      byte[] d, int offset, int length, String packet, Function<String, E> error) throws E {
    if (length <= offset) {
      throw error.apply(packet + " has no JSON body");
    }
    try (JsonReader r =
        JsonSupport.READERS.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(d, offset, length - offset), StandardCharsets.UTF_8))) {
      JsonValue v = r.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw error.apply(packet + " body is not a JSON object");
      }
      return v.asJsonObject();
    } catch (JsonParsingException e) {
      throw error.apply(packet + " body is not valid JSON: " + e.getMessage());
    } catch (JsonException | IllegalStateException e) {
      throw error.apply(packet + " body cannot be read: " + e.getMessage());
    }
  }

  public boolean has(String name) {
    JsonValue v = o.get(name);
    return v != null && v.getValueType() != JsonValue.ValueType.NULL;
  }

  public String string(String name) throws E {
    JsonValue v = value(name, JsonValue.ValueType.STRING, "a string");
    return v == null ? null : o.getString(name);
  }

  public Long integer(String name) throws E {
    JsonNumber n = number(name);
    if (n == null) {
      return null;
    }
    if (!n.isIntegral()) {
      // Some forwarders write whole numbers as 12.0; accept those, refuse real fractions.
      double d = n.doubleValue();
      if (d != Math.rint(d)) {
        throw type(name, "a whole number");
      }
      return (long) d;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw type(name, "a whole number within 64 bits");
    }
  }

  /**
   * A whole number written as a JSON number or as a string of digits, as the protobuf JSON
   * mapping writes 64-bit integers.
   */
  public Long integerOrString(String name) throws E {
    JsonValue v = o.get(name);
    if (v != null && v.getValueType() == JsonValue.ValueType.STRING) {
      try {
        return Long.parseLong(o.getString(name));
      } catch (NumberFormatException e) {
        throw type(name, "a whole number");
      }
    }
    return integer(name);
  }

  public Double decimal(String name) throws E {
    JsonNumber n = number(name);
    return n == null ? null : n.doubleValue();
  }

  public Boolean bool(String name) throws E {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v == JsonValue.TRUE) {
      return true;
    }
    if (v == JsonValue.FALSE) {
      return false;
    }
    throw type(name, "true or false");
  }

  public JsonArray array(String name) throws E {
    JsonValue v = value(name, JsonValue.ValueType.ARRAY, "an array");
    return v == null ? null : v.asJsonArray();
  }

  public JsonObject object(String name) throws E {
    JsonValue v = value(name, JsonValue.ValueType.OBJECT, "an object");
    return v == null ? null : v.asJsonObject();
  }

  public byte[] base64(String name) throws E {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw error.apply(where + "." + name + " is not base64: " + e.getMessage());
    }
  }

  /** The raw value: the one field ({@code datr}) whose type depends on the modulation. */
  public JsonValue raw(String name) {
    return o.get(name);
  }

  public E type(String name, String expected) {
    return error.apply(where + "." + name + " must be " + expected);
  }

  private JsonNumber number(String name) throws E {
    JsonValue v = value(name, JsonValue.ValueType.NUMBER, "a number");
    return (JsonNumber) v;
  }

  private JsonValue value(String name, JsonValue.ValueType type, String expected)
      throws E {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() != type) {
      throw type(name, expected);
    }
    return v;
  }
}
