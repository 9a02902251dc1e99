package io.longwave.connector.mqtt.codec;

import io.longwave.connector.api.MqttEncoding;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;

/**
 * One encoding of the ChirpStack gateway bridge's MQTT payloads. The gateway id of the topic is
 * passed in: a payload naming another gateway is refused, one naming none gets the topic's.
 */
public interface GatewayMessageCodec {

  /** The codec of an encoding. */
  static GatewayMessageCodec of(MqttEncoding encoding) {
    return switch (encoding) {
      case JSON -> new V4JsonCodec();
      case PROTOBUF -> new V4ProtobufCodec();
      case JSON_V3 -> new V3JsonCodec();
    };
  }

  /** An {@code up} event. */
  UplinkFrame uplink(GatewayId topicGateway, byte[] payload) throws MqttMessageException;

  /** A {@code stats} event. */
  GatewayStats stats(GatewayId topicGateway, byte[] payload) throws MqttMessageException;

  /** An {@code ack} event. */
  DownlinkTxAck txAck(GatewayId topicGateway, byte[] payload) throws MqttMessageException;

  /** A {@code conn} state. */
  GatewayConnectionState connState(GatewayId topicGateway, byte[] payload)
      throws MqttMessageException;

  /** The payload of a {@code down} command. */
  byte[] downlink(DownlinkFrame frame);
}
