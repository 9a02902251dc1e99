package io.longwave.api;

import io.longwave.api.gateway.GatewayResource;
import io.longwave.api.integration.ApplicationIntegrationResource;
import io.longwave.api.internal.ApiKeyResource;
import io.longwave.api.networkserver.NetworkServerResource;
import io.longwave.api.organization.OrganizationResource;
import io.longwave.api.profile.GatewayProfileResource;
import io.longwave.api.profile.ServiceProfileResource;
import io.longwave.api.user.UserResource;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.integration.IntegrationService;
import io.longwave.application.management.ApiKeyService;
import io.longwave.application.management.GatewayService;
import io.longwave.application.management.OrganizationService;
import io.longwave.application.management.ProfileService;
import io.longwave.application.management.UserService;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationSettings;
import io.longwave.domain.user.ApiKey;
import io.longwave.domain.user.ApiKeyRepository;
import io.longwave.integration.http.HttpIntegrations;
import io.longwave.integration.influxdb.InfluxDbIntegrations;
import io.longwave.testing.InMemoryInfrastructureStore;
import io.longwave.testing.InMemoryIntegrationConfigRepository;
import io.longwave.testing.InMemoryOrganizationRepository;
import io.longwave.testing.InMemoryUserRepository;
import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The infrastructure resources (gateways, organizations, users, service and gateway profiles,
 * network servers, API keys, application integrations) over their services and in-memory
 * stores, for the resource tests: organizations 1 ("acme") and 2 ("other"), the built-in network
 * server 1 and application 7 of acme; every resource acts for {@code policy}.
 */
public final class InfrastructureApi {

  static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

  public final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
  public final InMemoryUserRepository users = new InMemoryUserRepository();
  public final InMemoryInfrastructureStore store = new InMemoryInfrastructureStore(organizations);
  public final List<ApiKey> keys = new ArrayList<>();
  public final InMemoryIntegrationConfigRepository configs =
      new InMemoryIntegrationConfigRepository();
  private final AccessPolicy policy;

  public InfrastructureApi(AccessPolicy policy) {
    this.policy = policy;
    organizations.add(new Organization(new OrganizationSettings("acme", "Acme", true, 0, 0), T));
    organizations.add(new Organization(new OrganizationSettings("other", "Other", true, 0, 0),
        T));
    store.add(new NetworkServer("built-in", "built-in", T));
  }

  /** Sets the resource's injected field, as the container does. */
  private static <T> T set(T resource, String field, Object value) {
    try {
      Field f = resource.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(resource, value);
      return resource;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no field " + field + " in " + resource.getClass(), e);
    }
  }

  public GatewayResource gateways() {
    GatewayResource r = new GatewayResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "gateways", new GatewayService(store, organizations, store, store.gatewayProfiles(),
        store.serviceProfiles(), CLOCK));
    return r;
  }

  public OrganizationResource organizations() {
    OrganizationResource r = new OrganizationResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "organizations", new OrganizationService(organizations, users, CLOCK));
    return r;
  }

  public UserResource users() {
    UserResource r = new UserResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "users", new UserService(users, organizations, p -> "hashed:" + p, CLOCK));
    return r;
  }

  private ProfileService profiles() {
    return new ProfileService(store, store.serviceProfiles(), store.gatewayProfiles(),
        organizations, CLOCK);
  }

  public ServiceProfileResource serviceProfiles() {
    ServiceProfileResource r = new ServiceProfileResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "profiles", profiles());
    return r;
  }

  public GatewayProfileResource gatewayProfiles() {
    GatewayProfileResource r = new GatewayProfileResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "profiles", profiles());
    return r;
  }

  public NetworkServerResource networkServers() {
    NetworkServerResource r = new NetworkServerResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "profiles", profiles());
    return r;
  }

  /** Integrations of application 7, which organization 1 owns. */
  public ApplicationIntegrationResource integrations() {
    InMemoryIntegrationConfigRepository configs = this.configs;
    HttpClient client = HttpClient.newHttpClient();
    ApplicationIntegrationResource r = new ApplicationIntegrationResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "integrations", new IntegrationService(
        app -> app == 7 ? Optional.of(1L) : Optional.empty(), configs,
        new HttpIntegrations(configs, client), new InfluxDbIntegrations(configs, client),
        List::of));
    return r;
  }

  /** API keys; creating one needs a token issuer and is left to the container tests. */
  public ApiKeyResource apiKeys() {
    ApiKeyRepository repository = new ApiKeyRepository() {
      @Override
      public Optional<ApiKey> find(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
      }

      @Override
      public void add(ApiKey key) {
        keys.add(key);
      }

      @Override
      public void remove(ApiKey key) {
        keys.remove(key);
      }

      @Override
      public List<ApiKey> list(boolean admin, Long org, Long app, int limit, int offset) {
        return List.copyOf(keys);
      }

      @Override
      public long count(boolean admin, Long org, Long app) {
        return keys.size();
      }
    };
    ApiKeyResource r = new ApiKeyResource();
    set(r, "current", ManagementApi.caller(policy));
    set(r, "keys", new ApiKeyService(repository, app -> Optional.empty(), CLOCK));
    return r;
  }
}
