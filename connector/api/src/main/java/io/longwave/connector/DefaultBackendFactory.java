package io.longwave.connector;

import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import io.longwave.connector.mqtt.MqttGatewayBackend;
import io.longwave.connector.udp.SemtechUdpBackend;
import java.util.concurrent.Executor;

/** The real backends: Semtech UDP and MQTT. */
final class DefaultBackendFactory implements BackendFactory {

  @Override
  public GatewayBackend udp(
      UdpSettings settings, GatewayEventSink sink, BridgeCounters counters, Executor executor) {
    return new SemtechUdpBackend(settings, sink, counters, executor);
  }

  @Override
  public GatewayBackend mqtt(MqttSettings settings, GatewayEventSink sink, BridgeCounters counters) {
    return new MqttGatewayBackend(settings, sink, counters);
  }
}
