package io.longwave.domain.organization;

/**
 * A member's rights in an organization, as ChirpStack v3 models them: {@code admin} implies the
 * other two; with no flag set the member is a viewer.
 */
public record OrganizationRole(boolean admin, boolean deviceAdmin, boolean gatewayAdmin) {

  public static final OrganizationRole ADMIN = new OrganizationRole(true, false, false);
  public static final OrganizationRole VIEWER = new OrganizationRole(false, false, false);

  /** May manage applications, devices and their profiles. */
  public boolean canManageDevices() {
    return admin || deviceAdmin;
  }

  /** May manage gateways and gateway profiles. */
  public boolean canManageGateways() {
    return admin || gatewayAdmin;
  }
}
