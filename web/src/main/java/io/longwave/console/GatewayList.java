package io.longwave.console;

import io.longwave.application.management.GatewayService;
import io.longwave.application.management.Page;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.gateway.Gateway;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The gateways of the current organization, a page at a time, searchable by name or id, with
 * when each was last seen and whether it is online (twice its profile's statistics interval).
 */
@Named
@ViewScoped
public class GatewayList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private GatewayService gateways;
  @Inject private ProfileService profiles;

  private LazyRows<GatewayRow> rows;
  private Boolean mayCreate;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, GatewayRow::gatewayId);
  }

  private Page<GatewayRow> fetch(String search, int limit, int offset) {
    Page<Gateway> page = gateways.list(caller.policy(), session.getOrganizationId(), search, limit,
        offset);
    Instant now = Clock.systemUTC().instant();
    Map<UUID, Duration> intervals = new HashMap<>();
    return new Page<>(page.totalCount(), page.items().stream()
        .map(g -> GatewayRow.of(g, statsInterval(g, intervals), now)).toList());
  }

  private Duration statsInterval(Gateway g, Map<UUID, Duration> known) {
    if (g.gatewayProfileId() == null) {
      return ActivityStatus.DEFAULT_STATS_INTERVAL;
    }
    return known.computeIfAbsent(g.gatewayProfileId(), id -> Duration.ofSeconds(
        profiles.gatewayProfile(caller.policy(), id).statsInterval()));
  }

  /** True when the caller may add (and change and delete) the organization's gateways. */
  public boolean isMayCreate() {
    if (mayCreate == null) {
      Long org = session.getOrganizationId();
      mayCreate = org != null && caller.current().isPresent()
          && Permissions.allowed(() -> caller.policy().requireGatewayAdmin(org));
    }
    return mayCreate;
  }

  public LazyRows<GatewayRow> getRows() {
    return rows;
  }
}
