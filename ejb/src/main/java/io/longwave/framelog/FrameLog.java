package io.longwave.framelog;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.function.Consumer;

/**
 * The port through which the flows log every frame (LoRaWAN 1.1 §4 PHYPayloads with their radio
 * metadata; ChirpStack's device and gateway frame logs) and the API reads recent history, newest
 * first. Threading: implementations are thread-safe and cheap enough for the uplink path.
 */
public interface FrameLog {

  /** A log that keeps nothing. */
  FrameLog NONE =
      new FrameLog() {
        @Override
        public void uplink(LoggedUplink frame) {}

        @Override
        public void downlink(LoggedDownlink frame) {}

        @Override
        public void txAck(DownlinkTxAck ack) {}

        @Override
        public List<LoggedFrame> deviceFrames(Eui64 devEui, int max) {
          return List.of();
        }

        @Override
        public List<LoggedFrame> gatewayFrames(GatewayId gatewayId, int max) {
          return List.of();
        }

        @Override
        public AutoCloseable subscribe(Eui64 devEui, Consumer<LoggedFrame> listener) {
          return () -> {};
        }

        @Override
        public AutoCloseable subscribeGateway(GatewayId gatewayId,
            Consumer<LoggedFrame> listener) {
          return () -> {};
        }
      };

  /** Logs an uplink for its device (when known) and for every gateway that received it. */
  void uplink(LoggedUplink frame);

  /** Logs a downlink for its device and its gateway. */
  void downlink(LoggedDownlink frame);

  /**
   * Records the TX_ACK outcome on the logged downlink of the same downlink id; an acknowledgement
   * of a downlink not (or no longer) logged is ignored.
   */
  void txAck(DownlinkTxAck ack);

  /** At most {@code max} of the device's most recent frames, newest first. */
  List<LoggedFrame> deviceFrames(Eui64 devEui, int max);

  /** At most {@code max} of the gateway's most recent frames, newest first. */
  List<LoggedFrame> gatewayFrames(GatewayId gatewayId, int max);

  /**
   * Calls {@code listener} with each frame logged for the device from now on, and with a logged
   * downlink again once its acknowledgement is recorded, on the logging thread.
   *
   * @return closing it ends the subscription
   */
  AutoCloseable subscribe(Eui64 devEui, Consumer<LoggedFrame> listener);

  /**
   * Calls {@code listener} with each frame logged for the gateway from now on (every uplink it
   * received, every downlink sent through it, and a logged downlink again once its
   * acknowledgement is recorded), on the logging thread.
   *
   * @return closing it ends the subscription
   */
  AutoCloseable subscribeGateway(GatewayId gatewayId, Consumer<LoggedFrame> listener);
}
