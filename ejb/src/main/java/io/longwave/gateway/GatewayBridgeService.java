package io.longwave.gateway;

import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.GatewayBridgeStatus;
import io.longwave.connector.api.GatewayConnection;
import io.longwave.connector.api.GatewayConnectionFactory;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the gateway bridge once the database is migrated, with the settings from MicroProfile
 * Config, and stops it when the application stops. Other components send downlinks and read the
 * bridge's state through it.
 */
@ConnectionFactoryDefinition(
    name = GatewayBridgeService.CONNECTION_FACTORY,
    interfaceName = "io.longwave.connector.api.GatewayConnectionFactory",
    resourceAdapter = "longwave-connector",
    transactionSupport = TransactionSupportLevel.NoTransaction,
    minPoolSize = 1,
    maxPoolSize = 64)
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayBridgeService {

  static final String CONNECTION_FACTORY = "java:app/longwave/gateway-connection-factory";
  private static final Logger LOG = System.getLogger(GatewayBridgeService.class.getName());

  @Resource(lookup = CONNECTION_FACTORY)
  private GatewayConnectionFactory connections;

  private volatile String startError;

  @PostConstruct
  void start() {
    try {
      GatewayBridgeSettings settings =
          new GatewayBridgeConfiguration(
                  key -> ConfigProvider.getConfig().getOptionalValue(key, String.class))
              .settings();
      try (GatewayConnection c = connections.getConnection()) {
        c.configure(settings);
        GatewayBridgeStatus s = c.status();
        LOG.log(
            Level.INFO,
            "gateway bridge running: UDP {0}, MQTT {1}",
            s.udpEnabled() ? s.udpAddress() : "off",
            settings.mqtt().enabled() ? settings.mqtt().serverUri() : "off");
      }
    } catch (ResourceException | RuntimeException e) {
      // The application stays up without its bridge: readiness reports the reason.
      startError = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.log(Level.ERROR, "the gateway bridge did not start: {0}", e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    try (GatewayConnection c = connections.getConnection()) {
      c.shutdown();
    } catch (ResourceException | RuntimeException e) {
      LOG.log(Level.WARNING, "stopping the gateway bridge failed: {0}", e.getMessage());
    }
  }

  /** The bridge's state; {@code lastError} also reports a failed start. */
  public GatewayBridgeStatus status() {
    try (GatewayConnection c = connections.getConnection()) {
      GatewayBridgeStatus s = c.status();
      if (s.lastError() == null && startError != null) {
        return new GatewayBridgeStatus(
            s.running(), s.udpEnabled(), s.udpListening(), s.udpAddress(), s.mqttEnabled(),
            s.mqttConnected(), s.endpoints(), s.connectedGateways(), s.counters(),
            s.queuedEvents(), startError);
      }
      return s;
    } catch (ResourceException e) {
      throw new IllegalStateException("the gateway bridge adapter is not available", e);
    }
  }

  /**
   * Sends a downlink to its gateway.
   *
   * @throws GatewayUnavailableException when the gateway is not connected
   */
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    try (GatewayConnection c = connections.getConnection()) {
      c.sendDownlink(frame);
    } catch (ResourceException e) {
      throw new IllegalStateException("the gateway bridge adapter is not available", e);
    }
  }
}
