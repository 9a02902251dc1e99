package io.longwave.application.auth;

import io.longwave.domain.organization.OrganizationRole;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a caller may do, decided the way ChirpStack v3 does: a global admin may do everything; a
 * user acts in the organizations they belong to, with their role there (viewers read only,
 * gateway admins manage gateways, device admins manage applications and devices, organization
 * admins all of it and the members); an organization API key acts as an admin of its
 * organization; an application API key only reaches its application.
 *
 * <p>Every {@code require…} method throws {@link AccessDeniedException} when the answer is no.
 */
public final class AccessPolicy {

  private final Caller caller;
  private final LongFunction<Optional<OrganizationRole>> roleInOrganization;

  /**
   * @param roleInOrganization the calling user's role in an organization, empty when not a member
   *     (only asked for user callers)
   */
  public AccessPolicy(Caller caller, LongFunction<Optional<OrganizationRole>> roleInOrganization) {
    this.caller = caller;
    this.roleInOrganization = roleInOrganization;
  }

  public Caller caller() {
    return caller;
  }

  /** True for a global admin. */
  public boolean isGlobalAdmin() {
    return caller.globalAdmin();
  }

  /** The calling user's id, or null for an API key. */
  public Long userId() {
    return caller instanceof Caller.User u ? u.userId() : null;
  }

  public void requireGlobalAdmin() {
    if (!caller.globalAdmin()) {
      throw new AccessDeniedException("only a global admin may do this");
    }
  }

  /** May see the organization and what it owns. */
  public void requireOrganizationRead(long organizationId) {
    if (role(organizationId).isEmpty()) {
      throw new AccessDeniedException("no access to organization " + organizationId);
    }
  }

  /** May change the organization's settings and members. */
  public void requireOrganizationAdmin(long organizationId) {
    if (!role(organizationId).map(OrganizationRole::admin).orElse(false)) {
      throw new AccessDeniedException("only an admin of organization " + organizationId
          + " may do this");
    }
  }

  /** May create, change and delete the organization's gateways. */
  public void requireGatewayAdmin(long organizationId) {
    if (!role(organizationId).map(OrganizationRole::canManageGateways).orElse(false)) {
      throw new AccessDeniedException("only a gateway admin of organization " + organizationId
          + " may change its gateways");
    }
  }

  /** May create, change and delete the organization's applications and devices. */
  public void requireDeviceAdmin(long organizationId) {
    if (!role(organizationId).map(OrganizationRole::canManageDevices).orElse(false)) {
      throw new AccessDeniedException("only a device admin of organization " + organizationId
          + " may change its applications and devices");
    }
  }

  /**
   * May see the application and its devices: an application API key for this application, or
   * anyone who may see the organization that owns it.
   */
  public void requireApplicationRead(long organizationId, long applicationId) {
    if (!isKeyOfApplication(applicationId) && role(organizationId).isEmpty()) {
      throw new AccessDeniedException("no access to application " + applicationId);
    }
  }

  /**
   * May change the application, its devices and integrations: an application API key for this
   * application, or a device admin of the organization that owns it.
   */
  public void requireApplicationAdmin(long organizationId, long applicationId) {
    if (!isKeyOfApplication(applicationId)
        && !role(organizationId).map(OrganizationRole::canManageDevices).orElse(false)) {
      throw new AccessDeniedException("only a device admin of organization " + organizationId
          + " or a key of application " + applicationId + " may change application "
          + applicationId);
    }
  }

  /** True when the caller is an API key scoped to this application. */
  public boolean isKeyOfApplication(long applicationId) {
    return caller instanceof Caller.ApiKey k
        && k.applicationId() != null
        && k.applicationId() == applicationId;
  }

  /** The application an application API key is limited to, else empty. */
  public Optional<Long> applicationScope() {
    return caller instanceof Caller.ApiKey k ? Optional.ofNullable(k.applicationId())
        : Optional.empty();
  }

  /**
   * The caller's effective role in the organization: admin for global admins and the
   * organization's API keys, the membership's role for users, none otherwise. An application
   * API key has no organization-wide role.
   */
  public Optional<OrganizationRole> role(long organizationId) {
    if (caller.globalAdmin()) {
      return Optional.of(OrganizationRole.ADMIN);
    }
    if (caller instanceof Caller.ApiKey k) {
      return k.applicationId() == null
              && k.organizationId() != null
              && k.organizationId() == organizationId
          ? Optional.of(OrganizationRole.ADMIN)
          : Optional.empty();
    }
    return roleInOrganization.apply(organizationId);
  }
}
