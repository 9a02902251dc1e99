package io.longwave.console;

import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.MulticastGroups;
import io.longwave.application.management.Page;
import io.longwave.domain.application.Application;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The multicast groups of one application (the view parameter {@code application}), a page at
 * a time, searchable by name, through {@link MulticastGroups} (which checks the rights).
 */
@Named
@ViewScoped
public class MulticastGroupList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private MulticastGroups groups;

  private Long applicationId;
  private String applicationName;
  private boolean editable;
  private LazyRows<MulticastGroupSummary> rows;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, g -> g.group().id().toString());
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

  private Page<MulticastGroupSummary> fetch(String search, int limit, int offset) {
    if (applicationName == null) {
      return new Page<>(0, List.of());
    }
    return groups.list(caller.policy(),
        new MulticastGroupFilter(applicationId, null, null, search), limit, offset);
  }

  /** True when the caller may add, change and delete the application's groups. */
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

  public LazyRows<MulticastGroupSummary> getRows() {
    return rows;
  }
}
