package io.longwave.connector.api;

/**
 * The message listener a message-driven bean implements to receive the messages that arrive on
 * the application-side MQTT link's command subscription ({@link
 * MqttIntegrationSettings#commandTopicFilter}).
 *
 * <p>Threading: the adapter calls the bean for one message at a time, in arrival order, and
 * acknowledges a QoS 1 or 2 message to the broker only after the call returned. A runtime
 * exception thrown here is logged and counted; the message is not redelivered.
 */
public interface MqttCommandListener {

  /** One message: its topic and raw payload. */
  void onCommand(String topic, byte[] payload);
}
