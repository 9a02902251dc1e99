package io.longwave.simulator.udp;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of one parsed JSON object, with errors that name the member path
 * ({@code rxpk[0].freq}) and say what was expected and found.
 */
final class JsonFields {

  private final Map<String, Object> object;
  private final String where;

  JsonFields(Map<String, Object> object, String where) {
    this.object = object;
    this.where = where;
  }

  boolean has(String name) {
    return object.get(name) != null;
  }

  String string(String name, boolean required) {
    Object v = present(name, required);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw type(name, "a string", v);
  }

  Long integer(String name, boolean required) {
    Object v = present(name, required);
    if (v == null || v instanceof Long) {
      return (Long) v;
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    throw type(name, "an integer", v);
  }

  Double decimal(String name, boolean required) {
    Object v = present(name, required);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw type(name, "a number", v);
  }

  boolean bool(String name) {
    Object v = object.get(name);
    if (v == null || v instanceof Boolean) {
      return Boolean.TRUE.equals(v);
    }
    throw type(name, "true or false", v);
  }

  byte[] base64(String name) {
    String s = string(name, true);
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new PacketFormatException(where + "." + name + " must be base64, got '"
          + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'", e);
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> object(String name, boolean required) {
    Object v = present(name, required);
    if (v == null || v instanceof Map) {
      return (Map<String, Object>) v;
    }
    throw type(name, "an object", v);
  }

  @SuppressWarnings("unchecked")
  List<Object> array(String name) {
    Object v = object.get(name);
    if (v == null || v instanceof List) {
      return (List<Object>) v;
    }
    throw type(name, "an array", v);
  }

  Object raw(String name) {
    return object.get(name);
  }

  String where(String name) {
    return where + "." + name;
  }

  private Object present(String name, boolean required) {
    Object v = object.get(name);
    if (v == null && required) {
      throw new PacketFormatException(where + "." + name + " is missing");
    }
    return v;
  }

  PacketFormatException type(String name, String expected, Object found) {
    return new PacketFormatException(
        where + "." + name + " must be " + expected + ", got " + Json.kind(found));
  }
}
