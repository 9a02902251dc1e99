package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A gateway's periodic statistics (Semtech {@code stat}, ChirpStack gw.proto {@code
 * GatewayStats}).
 *
 * @param gatewayId the gateway
 * @param time when the gateway took the statistics, or when they were received
 * @param ip the address the gateway sent from, or null
 * @param location the gateway's GPS location, or null
 * @param configVersion the configuration version the gateway runs, or null
 * @param rxPacketsReceived radio packets received
 * @param rxPacketsReceivedOk radio packets received with a valid CRC
 * @param rxPacketsForwarded radio packets forwarded to the server
 * @param ackRatio percentage of upstream datagrams that were acknowledged, or NaN
 * @param txPacketsReceived downlinks received from the server
 * @param txPacketsEmitted downlinks emitted
 * @param temperature the concentrator temperature in degrees Celsius, or NaN
 * @param metadata gateway-supplied key/values (never null)
 * @param rxPacketsPerFrequency uplinks per frequency in Hz (never null)
 * @param txPacketsPerFrequency downlinks per frequency in Hz (never null)
 * @param txPacketsPerStatus downlinks per TX_ACK status name (never null)
 */
public record GatewayStats(
    GatewayId gatewayId,
    Instant time,
    String ip,
    GatewayLocation location,
    String configVersion,
    long rxPacketsReceived,
    long rxPacketsReceivedOk,
    long rxPacketsForwarded,
    double ackRatio,
    long txPacketsReceived,
    long txPacketsEmitted,
    double temperature,
    Map<String, String> metadata,
    Map<Long, Long> rxPacketsPerFrequency,
    Map<Long, Long> txPacketsPerFrequency,
    Map<String, Long> txPacketsPerStatus)
    implements Serializable {

  public GatewayStats {
    if (gatewayId == null) {
      throw new IllegalArgumentException("stats need a gateway id");
    }
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    rxPacketsPerFrequency = rxPacketsPerFrequency == null ? Map.of() : Map.copyOf(rxPacketsPerFrequency);
    txPacketsPerFrequency = txPacketsPerFrequency == null ? Map.of() : Map.copyOf(txPacketsPerFrequency);
    txPacketsPerStatus = txPacketsPerStatus == null ? Map.of() : Map.copyOf(txPacketsPerStatus);
  }
}
