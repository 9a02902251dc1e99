package io.longwave.application.management;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.domain.networkserver.NetworkServerRepository;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.profile.GatewayProfileRepository;
import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileRepository;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Gateways (ChirpStack v3 {@code GatewayService}): members of the owning organization read them,
 * its gateway admins create, change and delete them. Creating checks the organization's {@code
 * canHaveGateways} and {@code maxGatewayCount}, and that the network server and profiles exist
 * (a service profile must be the organization's).
 */
@ApplicationScoped
@Transactional
public class GatewayService {

  @Inject private GatewayRepository gateways;
  @Inject private OrganizationRepository organizations;
  @Inject private NetworkServerRepository networkServers;
  @Inject private GatewayProfileRepository gatewayProfiles;
  @Inject private ServiceProfileRepository serviceProfiles;
  private Clock clock = Clock.systemUTC();

  public GatewayService() {}

  /** Outside the container. */
  public GatewayService(GatewayRepository gateways, OrganizationRepository organizations,
      NetworkServerRepository networkServers, GatewayProfileRepository gatewayProfiles,
      ServiceProfileRepository serviceProfiles, Clock clock) {
    this.gateways = gateways;
    this.organizations = organizations;
    this.networkServers = networkServers;
    this.gatewayProfiles = gatewayProfiles;
    this.serviceProfiles = serviceProfiles;
    this.clock = clock;
  }

  public void create(AccessPolicy policy, Eui64 id, GatewaySettings settings) {
    policy.requireGatewayAdmin(settings.organizationId());
    Organization org = organizations.find(settings.organizationId()).orElseThrow(
        () -> ApiException.notFound("organization " + settings.organizationId() + " not found"));
    if (!org.canHaveGateways()) {
      throw ApiException.failedPrecondition(
          "organization " + org.id() + " may not have gateways");
    }
    if (org.maxGatewayCount() > 0
        && gateways.count(org.id(), null, null) >= org.maxGatewayCount()) {
      throw ApiException.failedPrecondition("organization " + org.id() + " has its maximum of "
          + org.maxGatewayCount() + " gateways");
    }
    if (gateways.exists(id)) {
      throw ApiException.alreadyExists("gateway " + id + " exists already");
    }
    checkReferences(settings);
    gateways.save(new Gateway(id, settings, clock.instant()));
  }

  public Gateway get(AccessPolicy policy, Eui64 id) {
    Gateway g = find(id);
    policy.requireOrganizationRead(owner(g));
    return g;
  }

  /** The organization stays the gateway's; moving it is refused. */
  public void update(AccessPolicy policy, Eui64 id, GatewaySettings settings) {
    Gateway g = find(id);
    policy.requireGatewayAdmin(owner(g));
    if (settings.organizationId() != owner(g)) {
      throw ApiException.invalidArgument("a gateway cannot move to another organization");
    }
    checkReferences(settings);
    g.update(settings, clock.instant());
    gateways.save(g);
  }

  public void delete(AccessPolicy policy, Eui64 id) {
    Gateway g = find(id);
    policy.requireGatewayAdmin(owner(g));
    gateways.remove(g);
  }

  /**
   * Global admins list all or one organization's gateways; users those of one organization or of
   * all theirs; an organization key its organization's.
   */
  public Page<Gateway> list(AccessPolicy policy, Long organizationId, String search, int limit,
      int offset) {
    Long org = organizationId;
    Long user = null;
    if (org != null) {
      policy.requireOrganizationRead(org);
    } else if (!policy.isGlobalAdmin()) {
      if (policy.caller() instanceof Caller.ApiKey k) {
        if (k.organizationId() == null || k.applicationId() != null) {
          return new Page<>(0, List.of());
        }
        org = k.organizationId();
      } else {
        user = policy.userId();
      }
    }
    return new Page<>(gateways.count(org, user, search),
        gateways.list(org, user, search, limit, offset));
  }

  /** The gateway's statistics reports in {@code [start, end)}, for aggregation. */
  public List<GatewayStatsRecord> stats(AccessPolicy policy, Eui64 id, Instant start,
      Instant end) {
    get(policy, id);
    return gateways.stats(id, start).stream().filter(s -> s.receivedAt().isBefore(end)).toList();
  }

  private void checkReferences(GatewaySettings s) {
    networkServers.find(s.networkServerId()).orElseThrow(() -> ApiException.invalidArgument(
        "network server " + s.networkServerId() + " does not exist"));
    if (s.gatewayProfileId() != null) {
      gatewayProfiles.find(s.gatewayProfileId()).orElseThrow(() -> ApiException.invalidArgument(
          "gateway profile " + s.gatewayProfileId() + " does not exist"));
    }
    if (s.serviceProfileId() != null) {
      ServiceProfile sp = serviceProfiles.find(s.serviceProfileId()).orElseThrow(
          () -> ApiException.invalidArgument(
              "service profile " + s.serviceProfileId() + " does not exist"));
      if (sp.organizationId() != s.organizationId()) {
        throw ApiException.invalidArgument("the service profile belongs to another organization");
      }
    }
  }

  private Gateway find(Eui64 id) {
    return gateways.find(id).orElseThrow(() -> ApiException.notFound("gateway " + id
        + " not found"));
  }

  private static long owner(Gateway g) {
    return g.organizationId() == null ? 0 : g.organizationId();
  }
}
