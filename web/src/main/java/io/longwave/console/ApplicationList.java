package io.longwave.console;

import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.Page;
import io.longwave.domain.application.Application;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The applications of the current organization, a page at a time, searchable by name; the
 * organization's device admins also get the add and edit links.
 */
@Named
@ViewScoped
public class ApplicationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private ApplicationService applications;

  private LazyRows<ApplicationRow> rows;
  private Boolean mayCreate;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, r -> Long.toString(r.id()));
  }

  private Page<ApplicationRow> fetch(String search, int limit, int offset) {
    Long org = session.getOrganizationId();
    if (org == null) {
      return new Page<>(0, java.util.List.of());
    }
    Page<Application> page = applications.list(caller.policy(), org, search, limit, offset);
    return new Page<>(page.totalCount(), page.items().stream().map(ApplicationRow::of).toList());
  }

  /** True when the caller may create (and so change and delete) the organization's applications. */
  public boolean isMayCreate() {
    if (mayCreate == null) {
      Long org = session.getOrganizationId();
      mayCreate = org != null && caller.current().isPresent() && Permissions.allowed(
          () -> ManagementAccess.requireApplicationAdmin(caller.policy(), org));
    }
    return mayCreate;
  }

  public LazyRows<ApplicationRow> getRows() {
    return rows;
  }
}
