package io.longwave.console;

import io.longwave.application.management.OrganizationService;
import io.longwave.domain.organization.OrganizationRole;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The users of the current organization and their roles (ChirpStack v3 organization users):
 * its admins add an existing user by e-mail as admin, device admin, gateway admin or viewer,
 * change a member's role and remove members, through {@link OrganizationService}, which checks
 * the rights (and that admins keep their own admin role).
 */
@Named
@ViewScoped
public class OrganizationMembers implements Serializable {

  private static final long serialVersionUID = 1L;

  /** More than an organization has members; the page lists the first ones. */
  static final int MAX_LISTED = 500;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private OrganizationService organizations;

  private List<MemberRow> members = List.of();
  private boolean allowed;
  private String email;
  private boolean admin;
  private boolean deviceAdmin;
  private boolean gatewayAdmin;

  @PostConstruct
  void init() {
    Long org = session.getOrganizationId();
    allowed = org != null && caller.current().isPresent()
        && Permissions.allowed(() -> caller.policy().requireOrganizationAdmin(org));
  }

  /** Reads the members; says so when the caller is no admin of the organization. */
  public void load() {
    if (!allowed) {
      ConsoleMessages.error("Only the organization's admins manage its users.");
      return;
    }
    members = ConsoleMessages.attempt(() -> organizations.members(caller.policy(),
        session.getOrganizationId(), MAX_LISTED, 0).items().stream().map(MemberRow::of)
        .toList(), List.of());
  }

  /** Adds the user with the e-mail given, in the role chosen. */
  public void add() {
    if (ConsoleMessages.attempt(() -> organizations.addMember(caller.policy(),
        session.getOrganizationId(), email.strip(),
        new OrganizationRole(admin, deviceAdmin, gatewayAdmin)))) {
      ConsoleMessages.info(email.strip() + " added as " + MemberRow.roleText(
          new OrganizationRole(admin, deviceAdmin, gatewayAdmin)) + ".");
      email = null;
      admin = deviceAdmin = gatewayAdmin = false;
      load();
    }
  }

  /** Removes the member from the organization (the user stays). */
  public void remove(MemberRow member) {
    if (ConsoleMessages.attempt(() -> organizations.removeMember(caller.policy(),
        session.getOrganizationId(), member.userId()))) {
      ConsoleMessages.info(member.email() + " removed from the organization.");
      load();
    }
  }

  public boolean isAllowed() {
    return allowed;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isAdmin() {
    return admin;
  }

  public void setAdmin(boolean admin) {
    this.admin = admin;
  }

  public boolean isDeviceAdmin() {
    return deviceAdmin;
  }

  public void setDeviceAdmin(boolean deviceAdmin) {
    this.deviceAdmin = deviceAdmin;
  }

  public boolean isGatewayAdmin() {
    return gatewayAdmin;
  }

  public void setGatewayAdmin(boolean gatewayAdmin) {
    this.gatewayAdmin = gatewayAdmin;
  }
}
