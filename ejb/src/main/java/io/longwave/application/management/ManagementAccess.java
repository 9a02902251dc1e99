package io.longwave.application.management;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.domain.application.Application;

/**
 * Who may read and change applications, their devices and device profiles, on top of {@link
 * AccessPolicy}, as ChirpStack v3 decides it: the organization's members read; its device admins
 * and admins (and global admins, and the organization's API keys) write; an application API key
 * reaches its own application and that application's devices only: it reads and updates the
 * application, manages its devices, reads the organization's device profiles, and cannot create
 * or delete applications or change profiles.
 *
 * <p>Every method throws {@link AccessDeniedException} when the answer is no.
 */
public final class ManagementAccess {

  private ManagementAccess() {}

  /** May see the application and its devices. */
  public static void requireApplicationRead(AccessPolicy policy, Application app) {
    policy.requireApplicationRead(app.organizationId(), app.id());
  }

  /** May change the application's devices (create, update, delete, keys, activation, queue). */
  public static void requireDeviceWrite(AccessPolicy policy, Application app) {
    policy.requireApplicationAdmin(app.organizationId(), app.id());
  }

  /** May change the application's own settings. */
  public static void requireApplicationUpdate(AccessPolicy policy, Application app) {
    requireDeviceWrite(policy, app);
  }

  /** May create applications in, or delete them from, the organization. */
  public static void requireApplicationAdmin(AccessPolicy policy, long organizationId) {
    if (policy.caller() instanceof Caller.ApiKey k && k.applicationId() != null) {
      throw new AccessDeniedException("an application API key may not create or delete"
          + " applications");
    }
    policy.requireDeviceAdmin(organizationId);
  }

  /**
   * May see the organization's device profiles; an application key of one of the
   * organization's applications may.
   *
   * @param keyApplicationOrganization the organization of the calling application key's
   *     application, or null when the caller is no application key
   */
  public static void requireDeviceProfileRead(
      AccessPolicy policy, long organizationId, Long keyApplicationOrganization) {
    if (policy.caller() instanceof Caller.ApiKey k && k.applicationId() != null) {
      if (keyApplicationOrganization == null || keyApplicationOrganization != organizationId) {
        throw new AccessDeniedException("no access to the device profiles of organization "
            + organizationId);
      }
      return;
    }
    policy.requireOrganizationRead(organizationId);
  }

  /** May create, change and delete the organization's device profiles. */
  public static void requireDeviceProfileWrite(AccessPolicy policy, long organizationId) {
    if (policy.caller() instanceof Caller.ApiKey k && k.applicationId() != null) {
      throw new AccessDeniedException("an application API key may not change device profiles");
    }
    policy.requireDeviceAdmin(organizationId);
  }

  /** The application of the calling application API key, or null. */
  public static Long keyApplication(AccessPolicy policy) {
    return policy.applicationScope().orElse(null);
  }
}
