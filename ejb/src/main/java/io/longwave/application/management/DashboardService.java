package io.longwave.application.management;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DashboardQueries.DeviceActivityRow;
import io.longwave.application.management.DashboardQueries.GatewayActivityRow;
import io.longwave.application.management.DashboardQueries.SearchHit;
import io.longwave.application.management.DashboardQueries.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's dashboard and global search (ChirpStack v3): device and gateway summaries and a
 * search over organizations, applications, devices and gateways, each limited to what the caller
 * may see. A device is active when it was seen within 1.5 times its profile's uplink interval (as
 * v3 counts it); a gateway is online when seen within twice its statistics interval (30 s
 * without a gateway profile).
 */
@ApplicationScoped
@Transactional
public class DashboardService {

  /** The statistics interval of gateways without a profile (packet forwarders' default). */
  static final Duration DEFAULT_STATS_INTERVAL = Duration.ofSeconds(30);

  /** A summary of devices. */
  public record DevicesSummary(int activeCount, int inactiveCount, int neverSeenCount,
      Map<Integer, Integer> drCount) {}

  /** A summary of gateways. */
  public record GatewaysSummary(int onlineCount, int offlineCount, int neverSeenCount) {}

  /** A search hit with its score: 1 exact, 0.75 prefix, 0.5 elsewhere in the name. */
  public record ScoredHit(SearchHit hit, double score) {}

  @Inject private DashboardQueries queries;
  private Clock clock = Clock.systemUTC();

  public DashboardService() {}

  /** Outside the container. */
  public DashboardService(DashboardQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  public DevicesSummary devices(AccessPolicy policy, Long organizationId) {
    Instant now = clock.instant();
    int active = 0;
    int inactive = 0;
    int never = 0;
    Map<Integer, Integer> dr = new TreeMap<>();
    for (DeviceActivityRow r : queries.deviceActivity(visibility(policy, organizationId))) {
      if (r.lastSeenAt() == null) {
        never++;
        continue;
      }
      Duration window = Duration.ofSeconds(r.uplinkIntervalSeconds()).multipliedBy(3)
          .dividedBy(2);
      if (r.lastSeenAt().isBefore(now.minus(window))) {
        inactive++;
      } else {
        active++;
      }
      if (r.dr() != null) {
        dr.merge(r.dr(), 1, Integer::sum);
      }
    }
    return new DevicesSummary(active, inactive, never, dr);
  }

  public GatewaysSummary gateways(AccessPolicy policy, Long organizationId) {
    Visibility v = visibility(policy, organizationId);
    if (v.applicationId() != null) {
      return new GatewaysSummary(0, 0, 0);
    }
    Instant now = clock.instant();
    int online = 0;
    int offline = 0;
    int never = 0;
    for (GatewayActivityRow r : queries.gatewayActivity(v)) {
      Duration interval = r.statsIntervalSeconds() > 0
          ? Duration.ofSeconds(r.statsIntervalSeconds()) : DEFAULT_STATS_INTERVAL;
      if (r.lastSeenAt() == null) {
        never++;
      } else if (r.lastSeenAt().isBefore(now.minus(interval.multipliedBy(2)))) {
        offline++;
      } else {
        online++;
      }
    }
    return new GatewaysSummary(online, offline, never);
  }

  /** Hits ordered by score, then kind and name; {@code limit}/{@code offset} page them. */
  public List<ScoredHit> search(AccessPolicy policy, String text, int limit, int offset) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.length() > 100) {
      throw ApiException.invalidArgument("search must be at most 100 characters");
    }
    List<ScoredHit> hits = new ArrayList<>();
    for (SearchHit h : queries.search(visibility(policy, null), q, offset + limit)) {
      hits.add(new ScoredHit(h, score(h, q)));
    }
    hits.sort(Comparator.comparingDouble(ScoredHit::score).reversed()
        .thenComparing(h -> h.hit().kind())
        .thenComparing(h -> name(h.hit())));
    return hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()));
  }

  private static double score(SearchHit h, String q) {
    double best = 0;
    for (String s : new String[] {name(h), h.devEui(), h.gatewayId()}) {
      if (s == null) {
        continue;
      }
      String l = s.toLowerCase(Locale.ROOT);
      best = Math.max(best, l.equals(q) ? 1 : l.startsWith(q) ? 0.75 : l.contains(q) ? 0.5 : 0);
    }
    return best;
  }

  private static String name(SearchHit h) {
    return switch (h.kind()) {
      case "organization" -> h.organizationName();
      case "application" -> h.applicationName();
      case "device" -> h.deviceName();
      default -> h.gatewayName();
    };
  }

  /**
   * One organization (which the caller must be able to read), or all the caller may see: every
   * row for global admins, the user's organizations, an organization key's organization, an
   * application key's application.
   */
  static Visibility visibility(AccessPolicy policy, Long organizationId) {
    if (organizationId != null) {
      policy.requireOrganizationRead(organizationId);
      return Visibility.organization(organizationId);
    }
    if (policy.isGlobalAdmin()) {
      return Visibility.everything();
    }
    if (policy.caller() instanceof Caller.ApiKey k) {
      if (k.applicationId() != null) {
        return Visibility.application(k.applicationId());
      }
      if (k.organizationId() != null) {
        return Visibility.organization(k.organizationId());
      }
      throw ApiException.permissionDenied("this API key sees no organization");
    }
    return Visibility.userOrganizations(policy.userId());
  }
}
