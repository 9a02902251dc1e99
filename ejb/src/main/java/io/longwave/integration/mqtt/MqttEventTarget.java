package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttPublishException;
import io.longwave.connector.api.MqttPublisher;
import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import jakarta.resource.ResourceException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Delivers events to the global MQTT integration: one publish per event on the event topic
 * ({@code application/{id}/device/{devEUI}/event/{type}} by default), with the configured QoS,
 * retain flag and encoding. {@link #deliver} returns once the broker has the message at that QoS
 * and throws {@link DeliveryException} otherwise (link down, refused, not acknowledged), so the
 * outbox keeps the event.
 */
public final class MqttEventTarget implements IntegrationTarget {

  public static final String ID = "mqtt";

  private final MqttIntegrationConfig config;
  private final MqttPublishers publishers;

  public MqttEventTarget(MqttIntegrationConfig config, MqttPublishers publishers) {
    this.config = config;
    this.publishers = publishers;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The topic of an event. */
  public String topic(IntegrationEvent event) {
    return config.eventTopic().render(Map.of(
        "ApplicationID", Long.toString(event.applicationId()),
        "DevEUI", event.devEui().toString(),
        "EventType", event.type().wireName()));
  }

  @Override
  public void deliver(IntegrationEvent event) throws DeliveryException {
    byte[] body = event.body(config.encoding()).toString().getBytes(StandardCharsets.UTF_8);
    try (MqttPublisher publisher = publishers.open()) {
      publisher.publish(topic(event), body, config.qos(), config.retainEvents());
    } catch (MqttPublishException e) {
      throw new DeliveryException(e.getMessage(), e);
    } catch (ResourceException | IllegalStateException e) {
      throw new DeliveryException("the MQTT integration link is not available: " + e.getMessage(), e);
    }
  }
}
