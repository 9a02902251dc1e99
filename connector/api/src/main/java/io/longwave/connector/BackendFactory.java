package io.longwave.connector;

import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import java.util.concurrent.Executor;

/** Creates the gateway backends; tests substitute fakes. */
public interface BackendFactory {

  /** A Semtech UDP backend, not yet started; its receive loop runs on {@code executor}. */
  GatewayBackend udp(
      UdpSettings settings, GatewayEventSink sink, BridgeCounters counters, Executor executor);

  /** An MQTT gateway backend, not yet started. */
  GatewayBackend mqtt(MqttSettings settings, GatewayEventSink sink, BridgeCounters counters);
}
