package io.longwave.integration.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.integration.PayloadEncoding;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MqttIntegrationConfigurationTest {

  private static MqttIntegrationConfig config(Map<String, String> values) {
    return new MqttIntegrationConfiguration(
            key -> Optional.ofNullable(values.get(key.substring("longwave.integration.mqtt.".length()))))
        .config();
  }

  @Test
  void defaults_follow_chirpstack_v3() {
    MqttIntegrationConfig c = config(Map.of());
    assertFalse(c.enabled());
    assertEquals(0, c.qos());
    assertFalse(c.retainEvents());
    assertEquals(PayloadEncoding.JSON_V3, c.encoding());
    assertEquals("tcp://127.0.0.1:1883", c.link().serverUri());
    assertEquals("application/+/device/+/command/+", c.link().commandTopicFilter());
  }

  @Test
  void reads_every_key() {
    MqttIntegrationConfig c = config(Map.ofEntries(Map.entry("enabled", "true"),
        Map.entry("server", "ssl://b:8883"), Map.entry("username", "u"),
        Map.entry("password", "p"), Map.entry("client-id", "as-1"), Map.entry("qos", "1"),
        Map.entry("retain-events", "true"), Map.entry("marshaler", "json"),
        Map.entry("event-topic-template", "lw/{{ .DevEUI }}/{{ .EventType }}"),
        Map.entry("tls.ca-file", "/ca.pem"), Map.entry("tls.cert-file", "/c.pem"),
        Map.entry("tls.key-file", "/c.key")));
    assertTrue(c.enabled() && c.retainEvents());
    assertEquals(1, c.qos());
    assertEquals(1, c.link().commandQos());
    assertEquals(PayloadEncoding.JSON, c.encoding());
    assertEquals("as-1", c.link().clientId());
    assertEquals("lw/+/+", c.eventTopic().filter());
    assertTrue(c.link().hasClientCertificate());
  }

  @Test
  void bad_values_name_their_key() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> config(Map.of("qos", "3")))
        .getMessage().contains("longwave.integration.mqtt.qos"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> config(Map.of("marshaler", "protobuf"))).getMessage().contains("marshaler"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> config(Map.of("tls.cert-file", "/c.pem"))).getMessage().contains("tls.key-file"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> config(Map.of("enabled", "yes"))).getMessage().contains("enabled"));
  }
}
