package io.longwave.console;

import io.longwave.application.management.Page;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.profile.GatewayProfile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Every gateway profile by name, a page at a time, through {@link ProfileService}: the network
 * server's channel plans, read by every signed-in user and added and changed by global admins.
 */
@Named
@ViewScoped
public class GatewayProfileList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ProfileService profiles;

  private LazyRows<GatewayProfileRow> rows;
  private boolean mayChange;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, GatewayProfileRow::id);
  }

  /** Whether the caller may add and change profiles. */
  public void load() {
    mayChange = caller.current().map(p -> p.isGlobalAdmin()).orElse(false);
  }

  private Page<GatewayProfileRow> fetch(String search, int limit, int offset) {
    Page<GatewayProfile> page = profiles.gatewayProfiles(caller.policy(), null, limit, offset);
    return new Page<>(page.totalCount(),
        page.items().stream().map(GatewayProfileRow::of).toList());
  }

  public LazyRows<GatewayProfileRow> getRows() {
    return rows;
  }

  public boolean isMayChange() {
    return mayChange;
  }
}
