package io.longwave.gateway;

import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.GatewayBridgeSettings.DeliverySettings;
import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.api.MqttEncoding;
import io.longwave.infrastructure.config.Durations;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the gateway bridge settings from configuration ({@code longwave.udp.*}, {@code
 * longwave.mqtt.*}). A key that is absent takes the documented default; a value that cannot be
 * used fails with a message naming the key.
 */
public final class GatewayBridgeConfiguration {

  private final Function<String, Optional<String>> lookup;

  /** @param lookup reads one configuration value; empty when the key is absent or blank */
  public GatewayBridgeConfiguration(Function<String, Optional<String>> lookup) {
    this.lookup = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The settings; throws IllegalArgumentException naming the key of the first bad value. */
  public GatewayBridgeSettings settings() {
    return new GatewayBridgeSettings(udp(), mqtt(), DeliverySettings.defaults());
  }

  private UdpSettings udp() {
    UdpSettings d = UdpSettings.defaults();
    String bind = get("longwave.udp.bind").orElse(d.bindHost() + ":" + d.port());
    int colon = bind.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "longwave.udp.bind must be host:port such as 0.0.0.0:1700, got '" + bind + "'");
    }
    String host = bind.substring(0, colon);
    int port = integer("longwave.udp.bind", bind.substring(colon + 1), 0, 65535);
    return new UdpSettings(
        bool("longwave.udp.enabled", d.enabled()),
        host.isEmpty() ? "0.0.0.0" : host.replace("[", "").replace("]", ""),
        port,
        bool("longwave.udp.skip-crc-check", d.skipCrcCheck()),
        get("longwave.udp.gateway-timeout")
            .map(v -> Durations.parse("longwave.udp.gateway-timeout", v))
            .orElse(d.gatewayTimeout()),
        get("longwave.udp.downlink-ttl")
            .map(v -> Durations.parse("longwave.udp.downlink-ttl", v))
            .orElse(d.downlinkTtl()),
        d.maxDatagramBytes());
  }

  private MqttSettings mqtt() {
    MqttSettings d = MqttSettings.disabled();
    return new MqttSettings(
        get("longwave.mqtt.server").orElse(null),
        get("longwave.mqtt.username").orElse(null),
        get("longwave.mqtt.password").orElse(null),
        get("longwave.mqtt.client-id").orElse(""),
        get("longwave.mqtt.topic-prefix").map(GatewayBridgeConfiguration::trimSlashes).orElse(""),
        get("longwave.mqtt.shared-group").orElse(""),
        get("longwave.mqtt.encoding").map(GatewayBridgeConfiguration::encoding).orElse(d.encoding()),
        get("longwave.mqtt.qos").map(v -> integer("longwave.mqtt.qos", v, 0, 2)).orElse(d.qos()),
        get("longwave.mqtt.max-reconnect-delay")
            .map(v -> Durations.parse("longwave.mqtt.max-reconnect-delay", v))
            .orElse(d.maxReconnectDelay()));
  }

  private Optional<String> get(String key) {
    return lookup.apply(key);
  }

  private boolean bool(String key, boolean dflt) {
    return get(key)
        .map(
            v -> {
              if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
              }
              throw new IllegalArgumentException(key + " must be true or false, got '" + v + "'");
            })
        .orElse(dflt);
  }

  private static int integer(String key, String v, int min, int max) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // explained below
    }
    throw new IllegalArgumentException(
        key + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
  }

  private static MqttEncoding encoding(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "json" -> MqttEncoding.JSON;
      case "protobuf" -> MqttEncoding.PROTOBUF;
      case "json_v3", "json-v3" -> MqttEncoding.JSON_V3;
      default ->
          throw new IllegalArgumentException(
              "longwave.mqtt.encoding must be json, protobuf or json_v3, got '" + v + "'");
    };
  }

  private static String trimSlashes(String prefix) {
    String p = prefix;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
