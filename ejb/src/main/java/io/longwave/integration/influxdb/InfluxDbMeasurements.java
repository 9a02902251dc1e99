package io.longwave.integration.influxdb;

import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The points ChirpStack v3's InfluxDB integration writes for an event, read from its {@code
 * json_v3} body.
 *
 * <ul>
 *   <li>{@code up} with a decoded {@code object}: {@code device_uplink} (fields {@code value=1i},
 *       {@code f_cnt}, and the best {@code rssi} and {@code snr} of the gateways; tags {@code dr},
 *       {@code frequency}), and one point per scalar of the object, named {@code
 *       device_frmpayload_data_} plus its path joined by {@code _} (e.g. {@code
 *       device_frmpayload_data_temperatureSensor_1}) with the value in {@code value}; an object
 *       level holding {@code latitude} and {@code longitude} gives {@code <path>_location} with
 *       both and a geohash. Lists are indexed ({@code _0}, {@code _1}, as ChirpStack v4; v3
 *       skipped them). Numbers of the object are floats, as JSON decoding gives them in v3.
 *   <li>{@code status}: {@code device_status_battery_level} (unless the device is on external
 *       power or cannot measure) and {@code device_status_margin}.
 * </ul>
 *
 * All points carry the tags {@code application_name}, {@code device_name}, {@code dev_eui} and the
 * device's tags; object points also {@code f_port}. Other events give no points.
 */
public final class InfluxDbMeasurements {

  static final String PAYLOAD_PREFIX = "device_frmpayload_data";

  private InfluxDbMeasurements() {}

  /** True when the event gives points (an {@code up} with an object, or a {@code status}). */
  public static boolean takes(IntegrationEvent event) {
    if (event.type() == EventType.STATUS) {
      return true;
    }
    JsonValue object = event.jsonV3().get("object");
    return event.type() == EventType.UP && object != null
        && object.getValueType() != JsonValue.ValueType.NULL;
  }

  /** The points of the event; none for events the integration does not write. */
  public static List<Measurement> of(IntegrationEvent event) {
    if (!takes(event)) {
      return List.of();
    }
    JsonObject body = event.jsonV3();
    Map<String, String> tags = deviceTags(body, event);
    return event.type() == EventType.UP ? uplink(body, tags) : status(body, tags);
  }

  private static Map<String, String> deviceTags(JsonObject body, IntegrationEvent event) {
    Map<String, String> tags = new HashMap<>();
    tags.put("application_name", body.getString("applicationName", ""));
    tags.put("device_name", body.getString("deviceName", ""));
    tags.put("dev_eui", event.devEui().toString());
    JsonValue deviceTags = body.get("tags");
    if (deviceTags instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> t : o.entrySet()) {
        if (t.getValue() instanceof JsonString s) {
          tags.put(t.getKey(), s.getString());
        }
      }
    }
    return tags;
  }

  private static List<Measurement> uplink(JsonObject body, Map<String, String> tags) {
    List<Measurement> points = new ArrayList<>();
    JsonObject txInfo = body.get("txInfo") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    Map<String, String> uplinkTags = new HashMap<>(tags);
    uplinkTags.put("dr", Long.toString(integer(body.get("dr"), integer(txInfo.get("dr"), 0))));
    uplinkTags.put("frequency", Long.toString(integer(txInfo.get("frequency"), 0)));
    Map<String, Object> fields = new HashMap<>();
    fields.put("value", 1L);
    fields.put("f_cnt", integer(body.get("fCnt"), 0));
    if (body.get("rxInfo") instanceof JsonArray rx && !rx.isEmpty()) {
      Long rssi = null;
      Double snr = null;
      for (JsonValue v : rx) {
        if (v instanceof JsonObject gw) {
          if (gw.get("rssi") instanceof JsonNumber n && (rssi == null || n.longValue() > rssi)) {
            rssi = n.longValue();
          }
          if (gw.get("loRaSNR") instanceof JsonNumber n
              && (snr == null || n.doubleValue() > snr)) {
            snr = n.doubleValue();
          }
        }
      }
      fields.put("rssi", rssi == null ? 0L : rssi);
      fields.put("snr", snr == null ? 0.0 : snr);
    }
    points.add(new Measurement("device_uplink", uplinkTags, fields));
    Map<String, String> payloadTags = new HashMap<>(tags);
    payloadTags.put("f_port", Long.toString(integer(body.get("fPort"), 0)));
    flatten(PAYLOAD_PREFIX, body.get("object"), payloadTags, points);
    return points;
  }

  private static void flatten(
      String path, JsonValue value, Map<String, String> tags, List<Measurement> out) {
    switch (value.getValueType()) {
      case NUMBER -> out.add(point(path, ((JsonNumber) value).doubleValue(), tags));
      case STRING -> out.add(point(path, ((JsonString) value).getString(), tags));
      case TRUE -> out.add(point(path, Boolean.TRUE, tags));
      case FALSE -> out.add(point(path, Boolean.FALSE, tags));
      case ARRAY -> {
        JsonArray list = value.asJsonArray();
        for (int i = 0; i < list.size(); i++) {
          flatten(path + "_" + i, list.get(i), tags, out);
        }
      }
      case OBJECT -> {
        JsonObject o = value.asJsonObject();
        location(path, o, tags, out);
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
          if (!e.getKey().equals("latitude") && !e.getKey().equals("longitude")) {
            flatten(path + "_" + e.getKey(), e.getValue(), tags, out);
          }
        }
      }
      default -> { }
    }
  }

  /** {@code <path>_location} when the level has a latitude and longitude, not both zero. */
  private static void location(
      String path, JsonObject o, Map<String, String> tags, List<Measurement> out) {
    double latitude = 0;
    double longitude = 0;
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getValue() instanceof JsonNumber n) {
        String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
        if (key.equals("latitude")) {
          latitude = n.doubleValue();
        } else if (key.equals("longitude")) {
          longitude = n.doubleValue();
        }
      }
    }
    if (latitude == 0 && longitude == 0) {
      return;
    }
    out.add(new Measurement(path + "_location", tags, Map.of(
        "latitude", latitude,
        "longitude", longitude,
        "geohash", Geohash.encode(latitude, longitude, 12))));
  }

  private static List<Measurement> status(JsonObject body, Map<String, String> tags) {
    List<Measurement> points = new ArrayList<>();
    if (!body.getBoolean("externalPowerSource", false)
        && !body.getBoolean("batteryLevelUnavailable", false)) {
      double level = body.get("batteryLevel") instanceof JsonNumber n ? n.doubleValue() : 0;
      points.add(new Measurement("device_status_battery_level", tags, Map.of("value", level)));
    }
    points.add(new Measurement("device_status_margin", tags,
        Map.of("value", integer(body.get("margin"), 0))));
    return points;
  }

  private static Measurement point(String name, Object value, Map<String, String> tags) {
    return new Measurement(name, tags, Map.of("value", value));
  }

  private static long integer(JsonValue v, long fallback) {
    return v instanceof JsonNumber n ? n.longValue() : fallback;
  }
}
