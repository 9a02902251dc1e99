package io.longwave.application.integration;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.ApplicationDirectory;
import io.longwave.integration.config.IntegrationConfigRepository;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.config.InvalidIntegrationException;
import io.longwave.integration.http.HttpIntegrationConfig;
import io.longwave.integration.http.HttpIntegrations;
import io.longwave.integration.influxdb.InfluxDbIntegrationConfig;
import io.longwave.integration.influxdb.InfluxDbIntegrations;
import io.longwave.integration.outbox.OutboxWorkers;
import io.longwave.integration.outbox.TargetBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The use cases behind ChirpStack v3's per-application integration API: list, create, get,
 * update and delete an application's HTTP and InfluxDB integrations, and the state of their
 * delivery targets. Anyone who may see the application reads; its device admins (and its
 * organization's admins and API keys) write. Configurations are checked and stored in their
 * normalised API form.
 */
@ApplicationScoped
public class IntegrationService {

  @Inject private ApplicationDirectory applications;
  @Inject private IntegrationConfigRepository configs;
  @Inject private HttpIntegrations http;
  @Inject private InfluxDbIntegrations influxdb;
  private Supplier<List<TargetBacklog>> backlog;

  public IntegrationService() {}

  /** Outside the container. */
  public IntegrationService(ApplicationDirectory applications, IntegrationConfigRepository configs,
      HttpIntegrations http, InfluxDbIntegrations influxdb, Supplier<List<TargetBacklog>> backlog) {
    this.applications = applications;
    this.configs = configs;
    this.http = http;
    this.influxdb = influxdb;
    this.backlog = backlog;
  }

  @Inject
  void backlogFrom(OutboxWorkers workers) {
    this.backlog = workers::backlog;
  }

  /** The kinds the application has configured. */
  public List<IntegrationKind> list(AccessPolicy policy, long applicationId) {
    policy.requireApplicationRead(organization(applicationId), applicationId);
    return configs.kinds(applicationId);
  }

  /** A configuration in its API form. */
  public JsonObject get(AccessPolicy policy, long applicationId, IntegrationKind kind) {
    policy.requireApplicationRead(organization(applicationId), applicationId);
    return configs.find(applicationId, kind).orElseThrow(() -> missing(applicationId, kind));
  }

  /** Adds an integration; refused when the application already has one of the kind. */
  public void create(AccessPolicy policy, long applicationId, IntegrationKind kind,
      JsonObject integration) {
    policy.requireApplicationAdmin(organization(applicationId), applicationId);
    if (!configs.create(applicationId, kind, normalise(applicationId, kind, integration))) {
      throw ApiException.alreadyExists("application " + applicationId + " already has an "
          + kind + " integration");
    }
  }

  /** Replaces an integration's configuration. */
  public void update(AccessPolicy policy, long applicationId, IntegrationKind kind,
      JsonObject integration) {
    policy.requireApplicationAdmin(organization(applicationId), applicationId);
    if (configs.find(applicationId, kind).isEmpty()
        || !configs.update(applicationId, kind, normalise(applicationId, kind, integration))) {
      throw missing(applicationId, kind);
    }
  }

  /** Removes an integration; its waiting events are dropped by the outbox. */
  public void delete(AccessPolicy policy, long applicationId, IntegrationKind kind) {
    policy.requireApplicationAdmin(organization(applicationId), applicationId);
    if (!configs.delete(applicationId, kind)) {
      throw missing(applicationId, kind);
    }
  }

  /** The delivery targets of the application's integrations with their queues and results. */
  public List<TargetState> targets(AccessPolicy policy, long applicationId) {
    policy.requireApplicationRead(organization(applicationId), applicationId);
    Map<String, TargetBacklog> byId = backlog.get().stream()
        .collect(Collectors.toMap(TargetBacklog::targetId, Function.identity(), (a, b) -> a));
    List<TargetState> states = new ArrayList<>();
    http.targets(applicationId).forEach(t ->
        states.add(state(IntegrationKind.HTTP, t.id(), t.url(), byId)));
    influxdb.target(applicationId).ifPresent(t -> {
      URI endpoint = configs.find(applicationId, IntegrationKind.INFLUXDB)
          .map(j -> URI.create(j.getString("endpoint", ""))).orElse(URI.create(""));
      states.add(state(IntegrationKind.INFLUXDB, t.id(), endpoint, byId));
    });
    return states;
  }

  private static TargetState state(IntegrationKind kind, String id, URI destination,
      Map<String, TargetBacklog> byId) {
    TargetBacklog b = byId.getOrDefault(id, new TargetBacklog(id, 0, null, null, null, null, 0));
    return new TargetState(kind, destination.toString(), b);
  }

  private static JsonObject normalise(long applicationId, IntegrationKind kind, JsonObject json) {
    try {
      return switch (kind) {
        case HTTP -> HttpIntegrationConfig.fromJson(json).toJson(applicationId);
        case INFLUXDB -> InfluxDbIntegrationConfig.fromJson(json).toJson(applicationId);
      };
    } catch (InvalidIntegrationException e) {
      throw ApiException.invalidArgument(e.getMessage());
    }
  }

  private long organization(long applicationId) {
    return applications.organizationOf(applicationId)
        .orElseThrow(() -> ApiException.notFound("application " + applicationId + " not found"));
  }

  private static ApiException missing(long applicationId, IntegrationKind kind) {
    return ApiException.notFound("application " + applicationId + " has no " + kind
        + " integration");
  }
}
