package io.longwave.console;

import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.Page;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The devices of one application (the view parameter {@code application}), a page at a time,
 * searchable by name or DevEUI, with when each was last seen and whether it is active (seen
 * within 1.5 times its profile's uplink interval).
 */
@Named
@ViewScoped
public class DeviceList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private DeviceService devices;

  private Long applicationId;
  private String applicationName;
  private boolean editable;
  private LazyRows<DeviceRow> rows;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, DeviceRow::devEui);
  }

  /** Reads the application; an unknown or hidden one leaves the page with a message. */
  public void load() {
    if (applicationId == null) {
      ConsoleMessages.error("No application given.");
      return;
    }
    Application app = ConsoleMessages.attempt(
        () -> applications.get(caller.policy(), applicationId), null);
    applicationName = app == null ? null : app.name();
    editable = app != null && Permissions.allowed(
        () -> ManagementAccess.requireDeviceWrite(caller.policy(), app));
  }

  private Page<DeviceRow> fetch(String search, int limit, int offset) {
    if (applicationName == null) {
      return new Page<>(0, List.of());
    }
    Page<DeviceSummary> page = devices.list(caller.policy(),
        new DeviceFilter(applicationId, null, null, search), limit, offset);
    Instant now = Clock.systemUTC().instant();
    Map<UUID, Duration> intervals = new HashMap<>();
    return new Page<>(page.totalCount(), page.items().stream()
        .map(d -> DeviceRow.of(d, uplinkInterval(d, intervals), now)).toList());
  }

  private Duration uplinkInterval(DeviceSummary d, Map<UUID, Duration> known) {
    return known.computeIfAbsent(d.device().deviceProfileId(), id -> Duration.ofSeconds(
        devices.profile(caller.policy(), d.device().devEui()).uplinkIntervalSeconds()));
  }

  /** True when the caller may add, change and delete the application's devices. */
  public boolean isEditable() {
    return editable;
  }

  public boolean isFound() {
    return applicationName != null;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public String getApplicationName() {
    return applicationName;
  }

  public LazyRows<DeviceRow> getRows() {
    return rows;
  }
}
