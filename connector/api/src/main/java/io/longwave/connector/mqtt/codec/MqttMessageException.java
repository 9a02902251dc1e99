package io.longwave.connector.mqtt.codec;

/** A gateway MQTT message that cannot be decoded; the message says why. */
public class MqttMessageException extends Exception {

  private static final long serialVersionUID = 1L;

  public MqttMessageException(String message) {
    super(message);
  }
}
