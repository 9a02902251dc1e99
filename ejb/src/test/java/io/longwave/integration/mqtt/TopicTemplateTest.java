package io.longwave.integration.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTemplateTest {

  private final TopicTemplate events = new TopicTemplate(MqttIntegrationConfig.DEFAULT_EVENT_TOPIC);
  private final TopicTemplate commands =
      new TopicTemplate(MqttIntegrationConfig.DEFAULT_COMMAND_TOPIC);

  @Test
  void renders_the_chirpstack_v3_event_topic() {
    assertEquals("application/12/device/0102030405060708/event/up",
        events.render(Map.of("ApplicationID", "12", "DevEUI", "0102030405060708",
            "EventType", "up")));
  }

  @Test
  void turns_variables_into_single_level_wildcards() {
    assertEquals("application/+/device/+/command/+", commands.filter());
  }

  @Test
  void matches_command_topics_and_rejects_others() {
    assertEquals(
        Optional.of(Map.of("ApplicationID", "3", "DevEUI", "abcd", "CommandType", "down")),
        commands.match("application/3/device/abcd/command/down"));
    assertTrue(commands.match("application/3/device/abcd/event/down").isEmpty());
    assertTrue(commands.match("application/3/device/abcd/command/down/x").isEmpty());
  }

  @Test
  void refuses_variables_inside_a_level_and_wildcards() {
    assertThrows(IllegalArgumentException.class, () -> new TopicTemplate("a/x{{ .DevEUI }}"));
    assertThrows(IllegalArgumentException.class, () -> new TopicTemplate("a/+/b"));
  }

  @Test
  void a_missing_value_is_an_error() {
    assertThrows(IllegalArgumentException.class, () -> events.render(Map.of()));
  }
}
