package io.longwave.connector.backend;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import java.io.IOException;

/**
 * One way gateways connect to the bridge (Semtech UDP, MQTT). A backend turns what gateways send
 * into typed events for its {@link GatewayEventSink}, and sends downlinks back.
 *
 * <p>Life cycle: {@link #start} once, then {@link #close} once. Implementations are thread-safe:
 * {@link #sendDownlink} is called from application threads while the backend receives.
 */
public interface GatewayBackend extends AutoCloseable {

  /** A short name for logs and counters, for example {@code udp}. */
  String name();

  /**
   * Opens sockets or connections and starts receiving.
   *
   * @throws IOException when the backend cannot start (a port taken, a bad address)
   */
  void start() throws IOException;

  /** True when the gateway can be sent a downlink through this backend now. */
  boolean isConnected(GatewayId gatewayId);

  /** How many gateways can be reached now. */
  int connectedGateways();

  /**
   * Sends the first item of the downlink; later items are tried when the gateway refuses the
   * earlier ones. The final outcome goes to {@link GatewayEventSink#txAck}.
   *
   * @throws GatewayUnavailableException when the gateway is not connected to this backend
   */
  void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException;

  /** True while the backend's transport is up (socket bound, broker connected). */
  boolean isUp();

  /** Stops receiving and releases the transport. Idempotent. */
  @Override
  void close();
}
