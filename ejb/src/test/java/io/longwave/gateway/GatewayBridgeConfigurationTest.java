package io.longwave.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.MqttEncoding;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayBridgeConfigurationTest {

  private static GatewayBridgeSettings settings(Map<String, String> values) {
    return new GatewayBridgeConfiguration(k -> Optional.ofNullable(values.get(k))).settings();
  }

  @Test
  void defaults_listen_on_udp_1700_with_mqtt_off() {
    GatewayBridgeSettings s = settings(Map.of());
    assertTrue(s.udp().enabled());
    assertEquals("0.0.0.0", s.udp().bindHost());
    assertEquals(1700, s.udp().port());
    assertFalse(s.udp().skipCrcCheck());
    assertFalse(s.mqtt().enabled());
  }

  @Test
  void reads_every_udp_and_mqtt_key() {
    GatewayBridgeSettings s =
        settings(
            Map.ofEntries(
                Map.entry("longwave.udp.bind", "127.0.0.1:1800"),
                Map.entry("longwave.udp.skip-crc-check", "TRUE"),
                Map.entry("longwave.udp.gateway-timeout", "2m"),
                Map.entry("longwave.udp.downlink-ttl", "500ms"),
                Map.entry("longwave.mqtt.server", "tcp://127.0.0.1:1883"),
                Map.entry("longwave.mqtt.username", "lw"),
                Map.entry("longwave.mqtt.password", "secret"),
                Map.entry("longwave.mqtt.topic-prefix", "/eu868/"),
                Map.entry("longwave.mqtt.shared-group", "longwave"),
                Map.entry("longwave.mqtt.encoding", "protobuf"),
                Map.entry("longwave.mqtt.qos", "1"),
                Map.entry("longwave.mqtt.max-reconnect-delay", "10s")));
    assertEquals("127.0.0.1", s.udp().bindHost());
    assertEquals(1800, s.udp().port());
    assertTrue(s.udp().skipCrcCheck());
    assertEquals(Duration.ofMinutes(2), s.udp().gatewayTimeout());
    assertEquals(Duration.ofMillis(500), s.udp().downlinkTtl());
    assertTrue(s.mqtt().enabled());
    assertEquals("tcp://127.0.0.1:1883", s.mqtt().serverUri());
    assertEquals("lw", s.mqtt().username());
    assertEquals("eu868", s.mqtt().topicPrefix());
    assertEquals("longwave", s.mqtt().sharedSubscriptionGroup());
    assertEquals(MqttEncoding.PROTOBUF, s.mqtt().encoding());
    assertEquals(1, s.mqtt().qos());
    assertEquals(Duration.ofSeconds(10), s.mqtt().maxReconnectDelay());
  }

  @Test
  void an_ipv6_bind_address_keeps_its_host() {
    assertEquals("::1", settings(Map.of("longwave.udp.bind", "[::1]:1700")).udp().bindHost());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "longwave.udp.bind|1700|longwave.udp.bind must be host:port",
        "longwave.udp.bind|0.0.0.0:70000|longwave.udp.bind must be a whole number from 0 to 65535",
        "longwave.udp.enabled|yes|longwave.udp.enabled must be true or false",
        "longwave.mqtt.qos|3|longwave.mqtt.qos must be a whole number from 0 to 2",
        "longwave.mqtt.encoding|xml|longwave.mqtt.encoding must be json, protobuf or json_v3",
        "longwave.udp.downlink-ttl|soon|longwave.udp.downlink-ttl must be a duration"
      })
  void a_bad_value_fails_with_a_message_naming_its_key(String key, String value, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of(key, value)));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
