package io.longwave.testing;

import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.networkserver.NetworkServerRepository;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.profile.GatewayProfile;
import io.longwave.domain.profile.GatewayProfileRepository;
import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileRepository;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gateways (with their statistics) and network servers in lists, and views of gateway and
 * service profiles; network server ids are given from 1 (the first added is the built-in one).
 * Membership filters read the organization repository it is given.
 */
public final class InMemoryInfrastructureStore implements GatewayRepository,
    NetworkServerRepository {

  private final OrganizationRepository organizations;
  private final List<Gateway> gateways = new ArrayList<>();
  private final List<GatewayStatsRecord> stats = new ArrayList<>();
  private final List<NetworkServer> networkServers = new ArrayList<>();
  private final List<GatewayProfile> gatewayProfiles = new ArrayList<>();
  private final List<ServiceProfile> serviceProfiles = new ArrayList<>();
  private long nextNetworkServerId = 1;

  public InMemoryInfrastructureStore(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  private Set<Long> organizationsOf(long userId) {
    return organizations.memberships(userId).stream().map(OrganizationUser::organizationId)
        .collect(Collectors.toSet());
  }

  private static <T> List<T> page(Stream<T> s, Comparator<T> order, int limit, int offset) {
    return s.sorted(order).skip(offset).limit(limit <= 0 ? Long.MAX_VALUE : limit).toList();
  }

  // gateways

  @Override
  public Optional<Gateway> find(Eui64 gatewayId) {
    return gateways.stream().filter(g -> g.gatewayId().equals(gatewayId)).findFirst();
  }

  @Override
  public boolean exists(Eui64 gatewayId) {
    return find(gatewayId).isPresent();
  }

  @Override
  public Gateway save(Gateway gateway) {
    gateways.removeIf(g -> g.gatewayId().equals(gateway.gatewayId()));
    gateways.add(gateway);
    return gateway;
  }

  @Override
  public boolean markSeen(Eui64 gatewayId, Instant at) {
    return exists(gatewayId);
  }

  @Override
  public void remove(Gateway gateway) {
    gateways.removeIf(g -> g.gatewayId().equals(gateway.gatewayId()));
    stats.removeIf(s -> s.gatewayId().equals(gateway.gatewayId()));
  }

  private Predicate<Gateway> gatewayFilter(Long organizationId, Long userId, String search) {
    Set<Long> orgs = userId == null ? null : organizationsOf(userId);
    return g -> (organizationId == null || Objects.equals(g.organizationId(), organizationId))
        && (orgs == null || orgs.contains(g.organizationId()))
        && (search == null || g.name().contains(search)
            || g.gatewayId().toString().contains(search));
  }

  @Override
  public List<Gateway> list(Long organizationId, Long userId, String search, int limit,
      int offset) {
    return page(gateways.stream().filter(gatewayFilter(organizationId, userId, search)),
        Comparator.comparing(Gateway::name), limit, offset);
  }

  @Override
  public long count(Long organizationId, Long userId, String search) {
    return gateways.stream().filter(gatewayFilter(organizationId, userId, search)).count();
  }

  @Override
  public void addStats(GatewayStatsRecord record) {
    stats.add(record);
  }

  @Override
  public List<GatewayStatsRecord> stats(Eui64 gatewayId, Instant from) {
    return stats.stream().filter(s -> s.gatewayId().equals(gatewayId)
        && !s.receivedAt().isBefore(from)).toList();
  }

  @Override
  public int purgeStatsBefore(Instant before) {
    int n = stats.size();
    stats.removeIf(s -> s.receivedAt().isBefore(before));
    return n - stats.size();
  }

  // network servers

  @Override
  public Optional<NetworkServer> find(long id) {
    return networkServers.stream().filter(n -> n.id() == id).findFirst();
  }

  @Override
  public NetworkServer add(NetworkServer server) {
    Ids.assign(server, nextNetworkServerId++);
    networkServers.add(server);
    return server;
  }

  @Override
  public NetworkServer save(NetworkServer server) {
    return server;
  }

  @Override
  public void remove(NetworkServer server) {
    networkServers.remove(server);
  }

  private Stream<NetworkServer> networkServersOf(Long organizationId) {
    return networkServers.stream().filter(n -> organizationId == null || n.isBuiltIn()
        || serviceProfiles.stream().anyMatch(p -> p.organizationId() == organizationId
            && p.networkServerId() == n.id()));
  }

  @Override
  public List<NetworkServer> list(Long organizationId, int limit, int offset) {
    return page(networkServersOf(organizationId), Comparator.comparing(NetworkServer::name),
        limit, offset);
  }

  @Override
  public long count(Long organizationId) {
    return networkServersOf(organizationId).count();
  }

  @Override
  public boolean isInUse(long id) {
    return serviceProfiles.stream().anyMatch(p -> p.networkServerId() == id)
        || gatewayProfiles.stream().anyMatch(p -> p.networkServerId() == id)
        || gateways.stream().anyMatch(g -> Objects.equals(g.networkServerId(), id));
  }

  /** The gateway profile store. */
  public GatewayProfileRepository gatewayProfiles() {
    return new GatewayProfileRepository() {
      @Override
      public Optional<GatewayProfile> find(UUID id) {
        return gatewayProfiles.stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public void add(GatewayProfile profile) {
        gatewayProfiles.add(profile);
      }

      @Override
      public GatewayProfile save(GatewayProfile profile) {
        return profile;
      }

      @Override
      public void remove(GatewayProfile profile) {
        gatewayProfiles.remove(profile);
      }

      @Override
      public List<GatewayProfile> list(Long networkServerId, int limit, int offset) {
        return page(gatewayProfiles.stream().filter(p -> networkServerId == null
            || p.networkServerId() == networkServerId),
            Comparator.comparing(GatewayProfile::name), limit, offset);
      }

      @Override
      public long count(Long networkServerId) {
        return list(networkServerId, 0, 0).size();
      }
    };
  }

  /** The service profile store. */
  public ServiceProfileRepository serviceProfiles() {
    return new ServiceProfileRepository() {
      @Override
      public Optional<ServiceProfile> find(UUID id) {
        return serviceProfiles.stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public void add(ServiceProfile profile) {
        serviceProfiles.add(profile);
      }

      @Override
      public ServiceProfile save(ServiceProfile profile) {
        return profile;
      }

      @Override
      public void remove(ServiceProfile profile) {
        serviceProfiles.remove(profile);
      }

      @Override
      public List<ServiceProfile> list(Long organizationId, Long networkServerId, Long userId,
          int limit, int offset) {
        Set<Long> orgs = userId == null ? null : organizationsOf(userId);
        return page(serviceProfiles.stream().filter(p ->
            (organizationId == null || p.organizationId() == organizationId)
                && (networkServerId == null || p.networkServerId() == networkServerId)
                && (orgs == null || orgs.contains(p.organizationId()))),
            Comparator.comparing(ServiceProfile::name), limit, offset);
      }

      @Override
      public long count(Long organizationId, Long networkServerId, Long userId) {
        return list(organizationId, networkServerId, userId, 0, 0).size();
      }
    };
  }
}
