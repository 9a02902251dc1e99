package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.DeviceProfileService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.device.DeviceProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The device profiles of the current organization by name, through {@link
 * DeviceProfileService}; whether the caller may add and change them.
 */
@Named
@ViewScoped
public class DeviceProfileList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most profiles the page lists. */
  static final int LIMIT = 500;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private DeviceProfileService profiles;

  private List<DeviceProfile> rows = List.of();
  private boolean mayChange;

  /** Reads the organization's profiles. */
  public void load() {
    Long org = session.getOrganizationId();
    if (org == null) {
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      rows = profiles.list(policy, org, null, LIMIT, 0).items().stream()
          .map(s -> s.profile()).toList();
      mayChange = Permissions.allowed(
          () -> ManagementAccess.requireDeviceProfileWrite(policy, org));
    });
  }

  public List<DeviceProfile> getRows() {
    return rows;
  }

  public boolean isMayChange() {
    return mayChange;
  }
}
