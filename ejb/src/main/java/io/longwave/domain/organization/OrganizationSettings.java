package io.longwave.domain.organization;

import java.util.regex.Pattern;

/**
 * What an operator sets on an organization. The name is a slug ({@code ^[\w-]+$}, as ChirpStack
 * requires for organization, application and gateway names); counts of 0 mean no limit.
 *
 * @throws IllegalArgumentException with a readable reason for a value that breaks these rules
 */
public record OrganizationSettings(
    String name,
    String displayName,
    boolean canHaveGateways,
    int maxDeviceCount,
    int maxGatewayCount) {

  /** Names of organizations, applications and gateways. */
  public static final Pattern NAME = Pattern.compile("^[\\w-]{1,100}$");

  public OrganizationSettings {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "organization name must be 1 to 100 letters, digits, '_' or '-', got '" + name + "'");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
      throw new IllegalArgumentException("organization displayName must be 1 to 100 characters");
    }
    if (maxDeviceCount < 0 || maxGatewayCount < 0) {
      throw new IllegalArgumentException("maxDeviceCount and maxGatewayCount must be 0 or more");
    }
  }
}
