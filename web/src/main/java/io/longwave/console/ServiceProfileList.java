package io.longwave.console;

import io.longwave.application.management.Page;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.profile.ServiceProfile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The service profiles of the current organization by name, a page at a time, through {@link
 * ProfileService}: its members read them, global admins alone add and change them.
 */
@Named
@ViewScoped
public class ServiceProfileList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private ProfileService profiles;

  private LazyRows<ServiceProfileRow> rows;
  private boolean mayChange;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, ServiceProfileRow::id);
  }

  /** Whether the caller may add and change profiles. */
  public void load() {
    mayChange = caller.current().map(p -> p.isGlobalAdmin()).orElse(false);
  }

  private Page<ServiceProfileRow> fetch(String search, int limit, int offset) {
    Long org = session.getOrganizationId();
    if (org == null) {
      return new Page<>(0, List.of());
    }
    Page<ServiceProfile> page = profiles.serviceProfiles(caller.policy(), org, null, limit,
        offset);
    return new Page<>(page.totalCount(),
        page.items().stream().map(ServiceProfileRow::of).toList());
  }

  public LazyRows<ServiceProfileRow> getRows() {
    return rows;
  }

  public boolean isMayChange() {
    return mayChange;
  }
}
