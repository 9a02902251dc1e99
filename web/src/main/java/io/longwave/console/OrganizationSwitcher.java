package io.longwave.console;

import io.longwave.application.management.OrganizationService;
import io.longwave.domain.organization.Organization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The menu's organization switcher: the organizations the caller sees (a user's memberships,
 * every organization for a global admin), the one the console works in (the first, until
 * another is chosen), and the switch, which reloads the dashboard of the chosen one.
 */
@Named
@RequestScoped
public class OrganizationSwitcher {

  /** More than anyone is a member of; the switcher lists the first ones by name. */
  static final int MAX_LISTED = 200;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private OrganizationService organizations;

  private List<Organization> listed;

  /** The organizations to choose from, by name. */
  public List<SelectItem> getChoices() {
    return listed().stream()
        .map(o -> new SelectItem(o.id(), o.displayName().isBlank() ? o.name() : o.displayName()))
        .toList();
  }

  /** The current organization; the first listed when none was chosen or it is gone. */
  public Long getSelected() {
    Long chosen = session.getOrganizationId();
    List<Organization> orgs = listed();
    if (chosen == null || orgs.stream().noneMatch(o -> o.id().equals(chosen))) {
      Long first = orgs.isEmpty() ? null : orgs.get(0).id();
      session.setOrganizationId(first);
      return first;
    }
    return chosen;
  }

  public void setSelected(Long organizationId) {
    if (organizationId != null && listed().stream().anyMatch(o -> o.id().equals(organizationId))) {
      session.setOrganizationId(organizationId);
    }
  }

  /** The name of the current organization, or the empty text. */
  public String getSelectedName() {
    Long id = getSelected();
    return listed().stream().filter(o -> o.id().equals(id)).findFirst()
        .map(o -> o.displayName().isBlank() ? o.name() : o.displayName()).orElse("");
  }

  /** True when the caller administers the current organization (its users). */
  public boolean isOrganizationAdmin() {
    Long id = getSelected();
    return id != null && Permissions.allowed(() -> caller.policy().requireOrganizationAdmin(id));
  }

  /** After a switch: the dashboard of the organization chosen. */
  public void switched() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + "/console/dashboard.xhtml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Organization> listed() {
    if (listed == null) {
      listed = ConsoleMessages.attempt(
          () -> organizations.list(caller.policy(), null, MAX_LISTED, 0).items(), List.of());
    }
    return listed;
  }
}
