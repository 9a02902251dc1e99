package io.longwave.console;

import io.longwave.application.management.OrganizationService;
import io.longwave.application.management.Page;
import io.longwave.domain.organization.Organization;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Every organization, a page at a time and searchable by name, for global admins, who create,
 * change and delete them ({@link OrganizationForm}).
 */
@Named
@ViewScoped
public class OrganizationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private Administration administration;
  @Inject private OrganizationService organizations;

  private LazyRows<OrganizationRow> rows;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, r -> Long.toString(r.id()));
  }

  /** Says so when the caller is no global admin. */
  public void load() {
    administration.refused();
  }

  private Page<OrganizationRow> fetch(String search, int limit, int offset) {
    Page<Organization> page = organizations.list(caller.policy(), search, limit, offset);
    return new Page<>(page.totalCount(),
        page.items().stream().map(OrganizationRow::of).toList());
  }

  public LazyRows<OrganizationRow> getRows() {
    return rows;
  }
}
