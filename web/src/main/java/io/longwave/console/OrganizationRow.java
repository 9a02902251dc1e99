package io.longwave.console;

import io.longwave.domain.organization.Organization;
import java.io.Serializable;

/** An organization as the administration list shows it, with its limits in words. */
public record OrganizationRow(long id, String name, String displayName, boolean canHaveGateways,
    String maxDevices, String maxGateways) implements Serializable {

  public static OrganizationRow of(Organization o) {
    return new OrganizationRow(o.id(), o.name(), o.displayName(), o.canHaveGateways(),
        limitText(o.maxDeviceCount()), limitText(o.maxGatewayCount()));
  }

  /** "no limit" for 0, else the number. */
  static String limitText(int max) {
    return max == 0 ? "no limit" : Integer.toString(max);
  }
}
