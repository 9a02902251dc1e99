/**
 * The payload encodings of the ChirpStack gateway bridge: v4 JSON, v4 protobuf and v3 JSON
 * ({@code gw.proto} of ChirpStack v4 and v3), each mapping to and from the transport-neutral
 * frame records. Anything malformed gives a {@link
 * io.longwave.connector.mqtt.codec.MqttMessageException} with a readable reason.
 */
package io.longwave.connector.mqtt.codec;
