package io.longwave.connector.api;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The application-side MQTT link: the broker that application backends read events from and
 * write downlink commands to (ChirpStack v3's {@code [application_server.integration.mqtt]}).
 * Immutable.
 *
 * @param serverUri the broker, e.g. {@code tcp://127.0.0.1:1883} or {@code ssl://broker:8883}
 * @param username user name, or null
 * @param password password, or null
 * @param clientId the MQTT client id; empty picks a random one
 * @param commandTopicFilter the subscription for downlink commands (e.g. {@code
 *     application/+/device/+/command/+}); empty subscribes to nothing
 * @param commandQos QoS of the command subscription
 * @param caFile PEM file of the CA certificates that sign the broker's certificate, or null for
 *     the JVM's trust store
 * @param certFile PEM client certificate (chain) for mutual TLS, or null
 * @param keyFile PEM private key (PKCS#8, or PKCS#1 RSA) of {@code certFile}, or null
 * @param maxReconnectDelay the upper bound of the reconnect back-off
 */
public record MqttIntegrationSettings(
    String serverUri,
    String username,
    String password,
    String clientId,
    String commandTopicFilter,
    int commandQos,
    String caFile,
    String certFile,
    String keyFile,
    Duration maxReconnectDelay)
    implements Serializable {

  public MqttIntegrationSettings {
    Objects.requireNonNull(serverUri, "serverUri");
    clientId = clientId == null ? "" : clientId;
    commandTopicFilter = commandTopicFilter == null ? "" : commandTopicFilter;
    if (commandQos < 0 || commandQos > 2) {
      throw new IllegalArgumentException("commandQos must be 0, 1 or 2, got " + commandQos);
    }
    Objects.requireNonNull(maxReconnectDelay, "maxReconnectDelay");
  }

  /** True when a client certificate is configured (mutual TLS). */
  public boolean hasClientCertificate() {
    return certFile != null && !certFile.isBlank();
  }

  /** True when TLS is configured beyond the JVM defaults. */
  public boolean hasTlsFiles() {
    return (caFile != null && !caFile.isBlank()) || hasClientCertificate();
  }
}
