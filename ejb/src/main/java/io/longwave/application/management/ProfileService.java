package io.longwave.application.management;

import io.longwave.adr.AdrAlgorithms;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.networkserver.NetworkServerRepository;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.profile.ExtraChannel;
import io.longwave.domain.profile.GatewayProfile;
import io.longwave.domain.profile.GatewayProfileRepository;
import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileRepository;
import io.longwave.domain.profile.ServiceProfileSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Network servers, service profiles and gateway profiles (ChirpStack v3): global admins create,
 * change and delete all three. Any signed-in caller reads network servers and gateway profiles;
 * a service profile is read by the members of its organization. The built-in network server
 * cannot be deleted, nor one still in use.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

  @Inject private NetworkServerRepository networkServers;
  @Inject private ServiceProfileRepository serviceProfiles;
  @Inject private GatewayProfileRepository gatewayProfiles;
  @Inject private OrganizationRepository organizations;
  private Clock clock = Clock.systemUTC();

  /** The algorithms the network server's MAC layer runs ({@code MacCommandDispatcher}). */
  private static final AdrAlgorithms ADR_ALGORITHMS = AdrAlgorithms.standard();

  public ProfileService() {}

  /** Outside the container. */
  public ProfileService(NetworkServerRepository networkServers,
      ServiceProfileRepository serviceProfiles, GatewayProfileRepository gatewayProfiles,
      OrganizationRepository organizations, Clock clock) {
    this.networkServers = networkServers;
    this.serviceProfiles = serviceProfiles;
    this.gatewayProfiles = gatewayProfiles;
    this.organizations = organizations;
    this.clock = clock;
  }

  // network servers

  public NetworkServer createNetworkServer(AccessPolicy policy, String name, String server) {
    policy.requireGlobalAdmin();
    return networkServers.add(new NetworkServer(checkName(name), checkServer(server),
        clock.instant()));
  }

  public NetworkServer networkServer(AccessPolicy policy, long id) {
    policy.caller();
    return findNetworkServer(id);
  }

  public void updateNetworkServer(AccessPolicy policy, long id, String name, String server) {
    policy.requireGlobalAdmin();
    NetworkServer ns = findNetworkServer(id);
    ns.update(checkName(name), checkServer(server), clock.instant());
    networkServers.save(ns);
  }

  public void deleteNetworkServer(AccessPolicy policy, long id) {
    policy.requireGlobalAdmin();
    NetworkServer ns = findNetworkServer(id);
    if (ns.isBuiltIn()) {
      throw ApiException.failedPrecondition("the built-in network server cannot be deleted");
    }
    if (networkServers.isInUse(id)) {
      throw ApiException.failedPrecondition(
          "network server " + id + " is used by profiles or gateways");
    }
    networkServers.remove(ns);
  }

  /**
   * The network servers an organization may use (the built-in one and those of its service
   * profiles), or, without an organization, all of them for global admins (as v3 does).
   */
  public Page<NetworkServer> networkServers(AccessPolicy policy, Long organizationId, int limit,
      int offset) {
    if (organizationId != null) {
      policy.requireOrganizationRead(organizationId);
    } else {
      policy.requireGlobalAdmin();
    }
    return new Page<>(networkServers.count(organizationId),
        networkServers.list(organizationId, limit, offset));
  }

  /**
   * The ADR algorithms a device profile on this network server may name, id to display name
   * (v3 {@code GetADRAlgorithms}). Every network server row is served by the built-in network
   * server, so all have the same ones.
   */
  public Map<String, String> adrAlgorithms(AccessPolicy policy, long networkServerId) {
    policy.caller();
    findNetworkServer(networkServerId);
    return ADR_ALGORITHMS.names();
  }

  // service profiles

  public ServiceProfile createServiceProfile(AccessPolicy policy, ServiceProfileSettings s) {
    policy.requireGlobalAdmin();
    checkServiceProfileReferences(s);
    ServiceProfile p = new ServiceProfile(s, clock.instant());
    serviceProfiles.add(p);
    return p;
  }

  public ServiceProfile serviceProfile(AccessPolicy policy, UUID id) {
    ServiceProfile p = findServiceProfile(id);
    policy.requireOrganizationRead(p.organizationId());
    return p;
  }

  public void updateServiceProfile(AccessPolicy policy, UUID id, ServiceProfileSettings s) {
    policy.requireGlobalAdmin();
    ServiceProfile p = findServiceProfile(id);
    if (s.organizationId() != p.organizationId() || s.networkServerId() != p.networkServerId()) {
      throw ApiException.invalidArgument(
          "a service profile keeps its organization and network server");
    }
    p.update(s, clock.instant());
    serviceProfiles.save(p);
  }

  public void deleteServiceProfile(AccessPolicy policy, UUID id) {
    policy.requireGlobalAdmin();
    serviceProfiles.remove(findServiceProfile(id));
  }

  public Page<ServiceProfile> serviceProfiles(AccessPolicy policy, Long organizationId,
      Long networkServerId, int limit, int offset) {
    Long org = organizationId;
    Long user = null;
    if (org != null) {
      policy.requireOrganizationRead(org);
    } else if (!policy.isGlobalAdmin()) {
      if (policy.caller() instanceof Caller.ApiKey k) {
        // An application key has no organization-wide role (AccessPolicy.role), so it lists
        // none of the organization's service profiles, as it may read none of them.
        if (k.organizationId() == null || k.applicationId() != null) {
          return new Page<>(0, List.of());
        }
        org = k.organizationId();
      } else {
        user = policy.userId();
      }
    }
    return new Page<>(serviceProfiles.count(org, networkServerId, user),
        serviceProfiles.list(org, networkServerId, user, limit, offset));
  }

  // gateway profiles

  public GatewayProfile createGatewayProfile(AccessPolicy policy, String name,
      long networkServerId, List<Integer> channels, List<ExtraChannel> extra, int statsInterval) {
    policy.requireGlobalAdmin();
    findNetworkServer(networkServerId);
    GatewayProfile p = valid(() -> new GatewayProfile(name, networkServerId, channels, extra,
        statsInterval, clock.instant()));
    gatewayProfiles.add(p);
    return p;
  }

  public GatewayProfile gatewayProfile(AccessPolicy policy, UUID id) {
    policy.caller();
    return findGatewayProfile(id);
  }

  public void updateGatewayProfile(AccessPolicy policy, UUID id, String name,
      long networkServerId, List<Integer> channels, List<ExtraChannel> extra, int statsInterval) {
    policy.requireGlobalAdmin();
    GatewayProfile p = findGatewayProfile(id);
    findNetworkServer(networkServerId);
    valid(() -> {
      p.update(name, networkServerId, channels, extra, statsInterval, clock.instant());
      return p;
    });
    gatewayProfiles.save(p);
  }

  public void deleteGatewayProfile(AccessPolicy policy, UUID id) {
    policy.requireGlobalAdmin();
    gatewayProfiles.remove(findGatewayProfile(id));
  }

  public Page<GatewayProfile> gatewayProfiles(AccessPolicy policy, Long networkServerId,
      int limit, int offset) {
    policy.caller();
    return new Page<>(gatewayProfiles.count(networkServerId),
        gatewayProfiles.list(networkServerId, limit, offset));
  }

  private void checkServiceProfileReferences(ServiceProfileSettings s) {
    organizations.find(s.organizationId()).orElseThrow(() -> ApiException.invalidArgument(
        "organization " + s.organizationId() + " does not exist"));
    networkServers.find(s.networkServerId()).orElseThrow(() -> ApiException.invalidArgument(
        "network server " + s.networkServerId() + " does not exist"));
  }

  private static <T> T valid(java.util.function.Supplier<T> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument(e.getMessage());
    }
  }

  private NetworkServer findNetworkServer(long id) {
    return networkServers.find(id)
        .orElseThrow(() -> ApiException.notFound("network server " + id + " not found"));
  }

  private ServiceProfile findServiceProfile(UUID id) {
    return serviceProfiles.find(id)
        .orElseThrow(() -> ApiException.notFound("service profile " + id + " not found"));
  }

  private GatewayProfile findGatewayProfile(UUID id) {
    return gatewayProfiles.find(id)
        .orElseThrow(() -> ApiException.notFound("gateway profile " + id + " not found"));
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ApiException.invalidArgument("networkServer.name must be 1 to 100 characters");
    }
    return name.strip();
  }

  private static String checkServer(String server) {
    String s = server == null || server.isBlank() ? "built-in" : server.strip();
    if (s.length() > 255) {
      throw ApiException.invalidArgument("networkServer.server must be at most 255 characters");
    }
    return s;
  }
}
