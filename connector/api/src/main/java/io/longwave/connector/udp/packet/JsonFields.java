package io.longwave.connector.udp.packet;

import jakarta.json.Json;
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

/**
 * Strict access to the JSON objects of the protocol: a field of the wrong type is an error, not
 * a silent default. JSON-P is used because Jakarta EE servers ship it, so the adapter adds no
 * parser of its own; it is fast enough that the acknowledgement, not the parse, dominates.
 */
final class JsonFields {

  private final JsonObject o;
  private final String where;

  private JsonFields(JsonObject o, String where) {
    this.o = o;
    this.where = where;
  }

  static JsonFields of(JsonObject o, String where) {
    return new JsonFields(o, where);
  }

  /** Parses the JSON object that starts at {@code offset}. */
  static JsonObject parse(byte[] d, int offset, int length, String packet)
      throws UdpPacketException {
    if (length <= offset) {
      throw UdpPacketException.malformed(packet + " has no JSON body");
    }
    try (JsonReader r =
        Json.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(d, offset, length - offset), StandardCharsets.UTF_8))) {
      JsonValue v = r.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw UdpPacketException.malformed(packet + " body is not a JSON object");
      }
      return v.asJsonObject();
    } catch (JsonParsingException e) {
      throw UdpPacketException.malformed(packet + " body is not valid JSON: " + e.getMessage());
    } catch (JsonException | IllegalStateException e) {
      throw UdpPacketException.malformed(packet + " body cannot be read: " + e.getMessage());
    }
  }

  boolean has(String name) {
    JsonValue v = o.get(name);
    return v != null && v.getValueType() != JsonValue.ValueType.NULL;
  }

  String string(String name) throws UdpPacketException {
    JsonValue v = value(name, JsonValue.ValueType.STRING, "a string");
    return v == null ? null : o.getString(name);
  }

  Long integer(String name) throws UdpPacketException {
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

  Double decimal(String name) throws UdpPacketException {
    JsonNumber n = number(name);
    return n == null ? null : n.doubleValue();
  }

  Boolean bool(String name) throws UdpPacketException {
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

  JsonArray array(String name) throws UdpPacketException {
    JsonValue v = value(name, JsonValue.ValueType.ARRAY, "an array");
    return v == null ? null : v.asJsonArray();
  }

  JsonObject object(String name) throws UdpPacketException {
    JsonValue v = value(name, JsonValue.ValueType.OBJECT, "an object");
    return v == null ? null : v.asJsonObject();
  }

  byte[] base64(String name) throws UdpPacketException {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw UdpPacketException.malformed(where + "." + name + " is not base64: " + e.getMessage());
    }
  }

  /** The raw value: the one field ({@code datr}) whose type depends on the modulation. */
  JsonValue raw(String name) {
    return o.get(name);
  }

  UdpPacketException type(String name, String expected) {
    return UdpPacketException.malformed(where + "." + name + " must be " + expected);
  }

  private JsonNumber number(String name) throws UdpPacketException {
    JsonValue v = value(name, JsonValue.ValueType.NUMBER, "a number");
    return (JsonNumber) v;
  }

  private JsonValue value(String name, JsonValue.ValueType type, String expected)
      throws UdpPacketException {
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
