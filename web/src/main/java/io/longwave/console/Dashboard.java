package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DashboardService;
import io.longwave.application.management.DashboardService.DevicesSummary;
import io.longwave.application.management.DashboardService.GatewaysSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The dashboard of the current organization (ChirpStack v3's organization dashboard): how many
 * applications, devices and gateways it has, and how many devices are active, inactive or never
 * seen and gateways online, offline or never seen, from the {@link DashboardService}.
 */
@Named
@RequestScoped
public class Dashboard {

  @Inject private ConsoleCaller caller;
  @Inject private OrganizationSwitcher switcher;
  @Inject private DashboardService dashboard;
  @Inject private ApplicationService applications;

  private boolean loaded;
  private long applicationCount;
  private DevicesSummary devices = new DevicesSummary(0, 0, 0, java.util.Map.of());
  private GatewaysSummary gateways = new GatewaysSummary(0, 0, 0);

  /** Reads the counts once per request; nothing when the caller has no organization. */
  public void load() {
    Long org = switcher.getSelected();
    if (org == null || loaded) {
      return;
    }
    loaded = ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      applicationCount = applications.list(policy, org, null, 1, 0).totalCount();
      devices = dashboard.devices(policy, org);
      gateways = dashboard.gateways(policy, org);
    });
  }

  public boolean isHasOrganization() {
    return switcher.getSelected() != null;
  }

  public long getApplicationCount() {
    return applicationCount;
  }

  public int getDeviceCount() {
    return devices.activeCount() + devices.inactiveCount() + devices.neverSeenCount();
  }

  public DevicesSummary getDevices() {
    return devices;
  }

  public int getGatewayCount() {
    return gateways.onlineCount() + gateways.offlineCount() + gateways.neverSeenCount();
  }

  public GatewaysSummary getGateways() {
    return gateways;
  }
}
