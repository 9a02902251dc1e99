package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.integration.PayloadEncoding;
import java.util.Objects;

/**
 * The global MQTT integration's settings ({@code longwave.integration.mqtt.*}).
 *
 * @param enabled whether events are published and commands read
 * @param link the broker connection and command subscription
 * @param qos the QoS of event publishes (ChirpStack v3 default 0)
 * @param retainEvents whether events are published retained
 * @param eventTopic where events go
 * @param commandTopic where commands come from
 * @param encoding how events are rendered
 */
public record MqttIntegrationConfig(
    boolean enabled,
    MqttIntegrationSettings link,
    int qos,
    boolean retainEvents,
    TopicTemplate eventTopic,
    TopicTemplate commandTopic,
    PayloadEncoding encoding) {

  public static final String DEFAULT_EVENT_TOPIC =
      "application/{{ .ApplicationID }}/device/{{ .DevEUI }}/event/{{ .EventType }}";
  public static final String DEFAULT_COMMAND_TOPIC =
      "application/{{ .ApplicationID }}/device/{{ .DevEUI }}/command/{{ .CommandType }}";

  public MqttIntegrationConfig {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(eventTopic, "eventTopic");
    Objects.requireNonNull(commandTopic, "commandTopic");
    Objects.requireNonNull(encoding, "encoding");
  }
}
