package io.longwave.integration.influxdb;

import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import io.longwave.integration.config.IntegrationConfigRepository;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;

/**
 * The InfluxDB integrations of all applications as outbox targets, one per application ({@code
 * influxdb:<applicationId>}), taking the events that give points: uplinks with a decoded object
 * and device status.
 */
@ApplicationScoped
public class InfluxDbIntegrations implements IntegrationTargets {

  private static final Logger LOG = System.getLogger(InfluxDbIntegrations.class.getName());
  private static final String PREFIX = IntegrationKind.INFLUXDB.pathName() + ":";

  @Inject private IntegrationConfigRepository configs;
  private final HttpClient client;

  public InfluxDbIntegrations() {
    this.client = HttpClient.newBuilder().connectTimeout(InfluxDbIntegrationTarget.TIMEOUT).build();
  }

  /** Outside the container. */
  public InfluxDbIntegrations(IntegrationConfigRepository configs, HttpClient client) {
    this.configs = configs;
    this.client = client;
  }

  @Override
  public List<IntegrationTarget> targetsFor(IntegrationEvent event) {
    if (!InfluxDbMeasurements.takes(event)) {
      return List.of();
    }
    return target(event.applicationId()).<List<IntegrationTarget>>map(List::of)
        .orElse(List.of());
  }

  @Override
  public Optional<IntegrationTarget> target(String id) {
    if (!id.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      return target(Long.parseLong(id.substring(PREFIX.length()))).map(t -> t);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The target of an application, if it has the integration. */
  public Optional<InfluxDbIntegrationTarget> target(long applicationId) {
    return configs.find(applicationId, IntegrationKind.INFLUXDB).flatMap(json -> {
      try {
        return Optional.of(new InfluxDbIntegrationTarget(targetId(applicationId),
            InfluxDbIntegrationConfig.fromJson(json), client));
      } catch (InvalidIntegrationException e) {
        LOG.log(Level.WARNING, "InfluxDB integration of application {0} is unusable: {1}",
            applicationId, e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** The target id of an application's InfluxDB integration. */
  public static String targetId(long applicationId) {
    return PREFIX + applicationId;
  }
}
