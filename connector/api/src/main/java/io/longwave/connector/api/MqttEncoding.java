package io.longwave.connector.api;

/**
 * How gateway messages are encoded on MQTT (ChirpStack gateway bridge {@code marshaler}).
 * Received messages are recognised by content whatever the setting; the setting decides how
 * commands are written.
 */
public enum MqttEncoding {
  /** ChirpStack v4 protobuf-JSON: hex gateway ids, nested modulation, bandwidth in Hz. */
  JSON,
  /** ChirpStack v4 protobuf messages. */
  PROTOBUF,
  /** ChirpStack v3 (gateway bridge 3.x) jsonpb: base64 gateway ids, bandwidth in kHz. */
  JSON_V3
}
