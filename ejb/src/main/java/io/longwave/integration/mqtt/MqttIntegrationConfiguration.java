package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.infrastructure.config.Durations;
import io.longwave.integration.PayloadEncoding;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the MQTT integration's settings from configuration ({@code longwave.integration.mqtt.*},
 * after ChirpStack v3's {@code [application_server.integration.mqtt]}). An absent key takes the
 * documented default; a value that cannot be used fails with a message naming the key.
 */
public final class MqttIntegrationConfiguration {

  static final String PREFIX = "longwave.integration.mqtt.";

  private final Function<String, Optional<String>> lookup;

  /** @param lookup reads one configuration value; empty when the key is absent */
  public MqttIntegrationConfiguration(Function<String, Optional<String>> lookup) {
    this.lookup = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The settings; IllegalArgumentException naming the key of the first bad value. */
  public MqttIntegrationConfig config() {
    TopicTemplate events = template("event-topic-template", MqttIntegrationConfig.DEFAULT_EVENT_TOPIC);
    TopicTemplate commands =
        template("command-topic-template", MqttIntegrationConfig.DEFAULT_COMMAND_TOPIC);
    int qos = get("qos").map(v -> qos("qos", v)).orElse(0);
    MqttIntegrationSettings link =
        new MqttIntegrationSettings(
            get("server").orElse("tcp://127.0.0.1:1883"),
            get("username").orElse(null),
            get("password").orElse(null),
            get("client-id").orElse(""),
            commands.filter(),
            qos,
            get("tls.ca-file").orElse(null),
            get("tls.cert-file").orElse(null),
            get("tls.key-file").orElse(null),
            get("max-reconnect-delay")
                .map(v -> Durations.parse(PREFIX + "max-reconnect-delay", v))
                .orElse(Duration.ofSeconds(30)));
    if (link.hasClientCertificate() != (link.keyFile() != null)) {
      throw new IllegalArgumentException(
          PREFIX + "tls.cert-file and " + PREFIX + "tls.key-file must be set together");
    }
    PayloadEncoding encoding =
        get("marshaler")
            .map(v -> PayloadEncoding.ofConfigName(v).orElseThrow(() -> new IllegalArgumentException(
                PREFIX + "marshaler must be json_v3 or json, got '" + v + "'")))
            .orElse(PayloadEncoding.JSON_V3);
    return new MqttIntegrationConfig(
        bool("enabled", false), link, qos, bool("retain-events", false), events, commands,
        encoding);
  }

  private Optional<String> get(String key) {
    return lookup.apply(PREFIX + key);
  }

  private TopicTemplate template(String key, String dflt) {
    String v = get(key).orElse(dflt);
    try {
      return new TopicTemplate(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PREFIX + key + ": " + e.getMessage(), e);
    }
  }

  private boolean bool(String key, boolean dflt) {
    return get(key)
        .map(v -> {
          if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
          }
          throw new IllegalArgumentException(PREFIX + key + " must be true or false, got '" + v + "'");
        })
        .orElse(dflt);
  }

  private static int qos(String key, String v) {
    if (v.equals("0") || v.equals("1") || v.equals("2")) {
      return Integer.parseInt(v);
    }
    throw new IllegalArgumentException(PREFIX + key + " must be 0, 1 or 2, got '" + v + "'");
  }
}
