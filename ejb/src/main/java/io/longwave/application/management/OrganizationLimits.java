package io.longwave.application.management;

import java.util.OptionalInt;

/**
 * What the management use cases need to know of organizations: whether one exists and its device
 * cap. Threading: implementations are thread-safe.
 */
public interface OrganizationLimits {

  /**
   * The organization's {@code maxDeviceCount} (0: no limit), or empty when there is no such
   * organization.
   */
  OptionalInt maxDeviceCount(long organizationId);
}
