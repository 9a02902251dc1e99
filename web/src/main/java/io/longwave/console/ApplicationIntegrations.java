package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.integration.IntegrationService;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.application.Application;
import io.longwave.integration.config.IntegrationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The integrations of one application (the view parameter {@code application}), as ChirpStack
 * v3's integrations tab lists them: every kind with whether it is configured, and the delivery
 * targets of the configured ones with their queues and last results, through {@link
 * IntegrationService} (which checks the rights).
 */
@Named
@ViewScoped
public class ApplicationIntegrations implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private IntegrationService integrations;

  private Long applicationId;
  private String applicationName;
  private boolean editable;
  private List<IntegrationKind> configured = List.of();
  private List<IntegrationTargetRow> targets = List.of();

  /** Reads the application and its integrations; an unknown or hidden one gives a message. */
  public void load() {
    if (applicationId == null) {
      ConsoleMessages.error("No application given.");
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      Application app = applications.get(policy, applicationId);
      editable = Permissions.allowed(() -> ManagementAccess.requireDeviceWrite(policy, app));
      configured = integrations.list(policy, applicationId);
      applicationName = app.name();
      refresh();
    });
  }

  /** Reads the targets' queues and results again. */
  public void refresh() {
    if (applicationName != null) {
      Instant now = Instant.now();
      targets = integrations.targets(caller.policy(), applicationId).stream()
          .map(t -> IntegrationTargetRow.of(t, now)).toList();
    }
  }

  /** Every kind an application can have, configured or not. */
  public IntegrationKind[] getKinds() {
    return IntegrationKind.values();
  }

  public boolean configured(IntegrationKind kind) {
    return configured.contains(kind);
  }

  /** The kind as people read it. */
  public String label(IntegrationKind kind) {
    return IntegrationForm.label(kind);
  }

  /** The page of the kind's form. */
  public String outcome(IntegrationKind kind) {
    return IntegrationForm.outcome(kind);
  }

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

  public List<IntegrationTargetRow> getTargets() {
    return targets;
  }
}
