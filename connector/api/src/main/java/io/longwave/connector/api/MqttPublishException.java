package io.longwave.connector.api;

/** An MQTT publish that did not complete: not connected, refused, or not acknowledged in time. */
public class MqttPublishException extends Exception {

  private static final long serialVersionUID = 1L;

  public MqttPublishException(String message) {
    super(message);
  }

  public MqttPublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
