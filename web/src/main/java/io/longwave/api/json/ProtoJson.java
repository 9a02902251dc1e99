package io.longwave.api.json;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers written the way protobuf's JSON printer with ChirpStack v3's settings writes them:
 * int64 and uint64 as decimal strings, {@code google.protobuf.Timestamp} as RFC 3339 UTC (null
 * when unset), {@code Duration} as seconds with an {@code s}, maps of strings as objects, lists
 * as {@code {"totalCount":"N","result":[...]}}, and defaults written out.
 */
public final class ProtoJson {


  private ProtoJson() {}

  /** An int64 value, as protobuf JSON writes it: a string. */
  public static JsonString int64(long value) {
    return JSON.createValue(Long.toString(value));
  }

  /** A timestamp, or JSON null when unset. */
  public static JsonValue timestamp(Instant at) {
    return at == null
        ? JsonValue.NULL
        : JSON.createValue(at.truncatedTo(ChronoUnit.MICROS).toString());
  }

  /** A duration as protobuf JSON writes it, e.g. {@code "3600s"} or {@code "1.500s"}. */
  public static JsonString duration(Duration d) {
    if (d.getNano() == 0) {
      return JSON.createValue(d.getSeconds() + "s");
    }
    String s = String.format(java.util.Locale.ROOT, "%d.%09d", d.getSeconds(), d.getNano())
        .replaceAll("0+$", "");
    return JSON.createValue(s + "s");
  }

  /** A {@code map<string,string>}, keys sorted as Go's encoder sorts them. */
  public static JsonObject stringMap(Map<String, String> map) {
    var b = JSON.createObjectBuilder();
    new TreeMap<>(map == null ? Map.<String, String>of() : map).forEach(b::add);
    return b.build();
  }

  /** A list answer: {@code {"totalCount":"N","result":[...]}}. */
  public static JsonObject list(long totalCount, Collection<? extends JsonValue> result) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    result.forEach(a::add);
    return JSON.createObjectBuilder()
        .add("totalCount", int64(totalCount))
        .add("result", a)
        .build();
  }

  /** {@code {name: message}}, as get requests answer, e.g. {@code {"organization":{...}}}. */
  public static JsonObject wrap(String name, JsonObject message) {
    return JSON.createObjectBuilder().add(name, message).build();
  }

  /** The answer of a create request with an int64 id: {@code {"id":"7"}}. */
  public static JsonObject createdId(long id) {
    return JSON.createObjectBuilder().add("id", int64(id)).build();
  }

  /** The answer of a create request with a string id: {@code {"id":"..."}}. */
  public static JsonObject createdId(String id) {
    return JSON.createObjectBuilder().add("id", id).build();
  }

  /** {@code google.protobuf.Empty}: what updates and deletes answer. */
  public static JsonObject empty() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }
}
