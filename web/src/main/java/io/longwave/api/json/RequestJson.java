package io.longwave.api.json;

import io.longwave.application.error.ApiException;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A request body (or a part of it) read the way protobuf's JSON parser reads it: camelCase
 * names, absent fields and {@code null} meaning the default, int64 given as a string or a
 * number, booleans also as {@code "true"}/{@code "false"}; EUIs, DevAddrs and keys as hex
 * strings checked with their value objects. Every bad value is an {@link ApiException} with
 * InvalidArgument naming the field by its path ({@code gateway.location.latitude}).
 */
public final class RequestJson {

  private final JsonObject object;
  private final String path;

  private RequestJson(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  /** The whole body; a missing body counts as {@code {}}. */
  public static RequestJson of(JsonObject body) {
    return new RequestJson(body == null ? JsonValue.EMPTY_JSON_OBJECT : body, "");
  }

  /** The JSON this reads. */
  public JsonObject json() {
    return object;
  }

  /** The dotted name of a field of this object, for messages. */
  public String name(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** True when the field is present and not null. */
  public boolean has(String field) {
    JsonValue v = object.get(field);
    return v != null && v.getValueType() != JsonValue.ValueType.NULL;
  }

  /** A nested message that must be present, e.g. {@code organization} of a create request. */
  public RequestJson object(String field) {
    return optionalObject(field)
        .orElseThrow(() -> invalid(name(field) + " is required"));
  }

  /** A nested message; empty when absent or null. */
  public Optional<RequestJson> optionalObject(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(name(field) + " must be an object");
    }
    return Optional.of(new RequestJson(v.asJsonObject(), name(field)));
  }

  /** A repeated message field; empty when absent. */
  public List<RequestJson> objects(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(name(field) + " must be an array");
    }
    List<RequestJson> out = new ArrayList<>();
    int i = 0;
    for (JsonValue e : v.asJsonArray()) {
      String n = name(field) + "[" + i++ + "]";
      if (e.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid(n + " must be an object");
      }
      out.add(new RequestJson(e.asJsonObject(), n));
    }
    return out;
  }

  /** A string; {@code ""} when absent. Numbers and booleans are not accepted as strings. */
  public String string(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (v.getValueType() != JsonValue.ValueType.STRING) {
      throw invalid(name(field) + " must be a string");
    }
    return ((JsonString) v).getString();
  }

  /** A string that must be present and not blank, at most {@code maxLength} characters. */
  public String requiredString(String field, int maxLength) {
    String s = string(field).strip();
    if (s.isEmpty()) {
      throw invalid(name(field) + " is required");
    }
    return limited(field, s, maxLength);
  }

  /** A string of at most {@code maxLength} characters; {@code ""} when absent. */
  public String string(String field, int maxLength) {
    return limited(field, string(field), maxLength);
  }

  private String limited(String field, String s, int maxLength) {
    if (s.length() > maxLength) {
      throw invalid(name(field) + " must be at most " + maxLength + " characters");
    }
    return s;
  }

  /** A boolean; false when absent. */
  public boolean bool(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    switch (v.getValueType()) {
      case TRUE:
        return true;
      case FALSE:
        return false;
      case STRING:
        String s = ((JsonString) v).getString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
          return s.equals("true");
        }
        break;
      default:
        break;
    }
    throw invalid(name(field) + " must be true or false");
  }

  /** An int64 given as a number or a decimal string; {@code 0} when absent or empty. */
  public long int64(String field) {
    return integer(field, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** An int32; {@code 0} when absent. */
  public int int32(String field) {
    return (int) integer(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** An integer within {@code [min, max]}; {@code 0} when absent (which must then be allowed). */
  public long integer(String field, long min, long max) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return check(field, 0, min, max);
    }
    BigDecimal d = decimal(field, v);
    try {
      return check(field, d.longValueExact(), min, max);
    } catch (ArithmeticException e) {
      throw invalid(name(field) + " must be a whole number between " + min + " and " + max);
    }
  }

  private long check(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw invalid(name(field) + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** A double given as a number or a numeric string; {@code 0} when absent. */
  public double float64(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return 0;
    }
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      String s = ((JsonString) v).getString().strip();
      if (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity")) {
        throw invalid(name(field) + " must be a finite number");
      }
    }
    return decimal(field, v).doubleValue();
  }

  private BigDecimal decimal(String field, JsonValue v) {
    if (v.getValueType() == JsonValue.ValueType.NUMBER) {
      return ((JsonNumber) v).bigDecimalValue();
    }
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      String s = ((JsonString) v).getString().strip();
      if (s.isEmpty()) {
        return BigDecimal.ZERO;
      }
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw invalid(name(field) + " must be a number, got \"" + abbreviate(s) + "\"");
      }
    }
    throw invalid(name(field) + " must be a number");
  }

  /** An EUI-64 as 16 hex digits; required. */
  public Eui64 eui64(String field) {
    return optionalEui64(field).orElseThrow(() -> invalid(name(field) + " is required"));
  }

  /** An EUI-64; empty when absent or {@code ""}. */
  public Optional<Eui64> optionalEui64(String field) {
    String s = string(field).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(Values.eui64(name(field), s));
  }

  /** An AES-128 key as 32 hex digits; empty when absent or {@code ""}. */
  public Optional<Aes128Key> optionalKey(String field) {
    String s = string(field).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Aes128Key.parse(s));
    } catch (LorawanFormatException | IllegalArgumentException e) {
      throw invalid(name(field) + " must be an AES-128 key of 32 hex digits, got \""
          + abbreviate(s) + "\"");
    }
  }

  /** A DevAddr as 8 hex digits; empty when absent or {@code ""}. */
  public Optional<DevAddr> optionalDevAddr(String field) {
    String s = string(field).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DevAddr.parse(s));
    } catch (LorawanFormatException | IllegalArgumentException e) {
      throw invalid(name(field) + " must be a DevAddr of 8 hex digits, got \"" + abbreviate(s)
          + "\"");
    }
  }

  /** A UUID (a profile id); empty when absent or {@code ""}. */
  public Optional<UUID> optionalUuid(String field) {
    String s = string(field).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(Values.uuid(name(field), s));
  }

  /**
   * A {@code map<string,string>} such as tags or variables; empty when absent. Values must be
   * strings; at most {@code maxEntries} entries of at most {@code maxLength} characters each.
   */
  public Map<String, String> stringMap(String field, int maxEntries, int maxLength) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(name(field) + " must be an object of strings");
    }
    JsonObject o = v.asJsonObject();
    if (o.size() > maxEntries) {
      throw invalid(name(field) + " may have at most " + maxEntries + " entries");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
        throw invalid(name(field) + "." + e.getKey() + " must be a string");
      }
      String s = ((JsonString) e.getValue()).getString();
      if (e.getKey().length() > maxLength || s.length() > maxLength) {
        throw invalid(name(field) + "." + abbreviate(e.getKey()) + ": keys and values may have at most "
            + maxLength + " characters");
      }
      out.put(e.getKey(), s);
    }
    return Collections.unmodifiableMap(out);
  }

  /** A repeated integer field, each within {@code [min, max]}; empty when absent. */
  public List<Integer> integers(String field, int min, int max) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(name(field) + " must be an array of numbers");
    }
    List<Integer> out = new ArrayList<>();
    int i = 0;
    for (JsonValue e : v.asJsonArray()) {
      String n = name(field) + "[" + i++ + "]";
      BigDecimal d = decimal(n, e);
      int value;
      try {
        value = d.intValueExact();
      } catch (ArithmeticException ex) {
        throw invalid(n + " must be a whole number");
      }
      if (value < min || value > max) {
        throw invalid(n + " must be between " + min + " and " + max + ", got " + value);
      }
      out.add(value);
    }
    return List.copyOf(out);
  }

  /**
   * A {@code google.protobuf.Duration} as protobuf JSON writes it ({@code "30s"}, {@code
   * "1.5s"}), also accepted as a plain number of seconds; zero when absent or empty. Negative
   * durations are refused.
   */
  public java.time.Duration duration(String field) {
    JsonValue v = object.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return java.time.Duration.ZERO;
    }
    BigDecimal seconds;
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      String s = ((JsonString) v).getString().strip();
      if (s.isEmpty()) {
        return java.time.Duration.ZERO;
      }
      String digits = s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
      try {
        seconds = new BigDecimal(digits);
      } catch (NumberFormatException e) {
        throw invalid(name(field) + " must be a duration such as \"30s\", got \""
            + abbreviate(s) + "\"");
      }
    } else {
      seconds = decimal(field, v);
    }
    if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(315_576_000_000L)) > 0) {
      throw invalid(name(field) + " must be a duration of 0 or more seconds");
    }
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return java.time.Duration.ofSeconds(whole, nanos);
  }

  static ApiException invalid(String message) {
    return ApiException.invalidArgument(message);
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
