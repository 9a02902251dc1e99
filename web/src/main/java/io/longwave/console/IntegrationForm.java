package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.integration.IntegrationService;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.application.Application;
import io.longwave.integration.config.IntegrationKind;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the forms of an application's integrations share (the view parameter {@code
 * application}): the application and whether the caller may change its integrations, the stored
 * configuration of the form's kind (none: the form creates it), saving and deleting through
 * {@link IntegrationService}, which checks the rights and the configuration again.
 */
public abstract class IntegrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private IntegrationService integrations;

  private final IntegrationKind kind;
  private Long applicationId;
  private Application application;
  private boolean editable;
  private boolean creating = true;

  protected IntegrationForm(IntegrationKind kind) {
    this.kind = kind;
  }

  /** The kind as people read it. */
  static String label(IntegrationKind kind) {
    return switch (kind) {
      case HTTP -> "HTTP";
      case INFLUXDB -> "InfluxDB";
    };
  }

  /** The page of the kind's form. */
  static String outcome(IntegrationKind kind) {
    return switch (kind) {
      case HTTP -> "/console/http-integration";
      case INFLUXDB -> "/console/influxdb-integration";
    };
  }

  /** Fills the fields from a stored configuration in its API form. */
  protected abstract void fill(JsonObject stored);

  /** The configuration the fields give, in its API form; null (with messages) when they cannot. */
  protected abstract JsonObject configuration();

  /** Reads the application and its configuration; says so when the caller may not change it. */
  public void load() {
    if (applicationId == null) {
      ConsoleMessages.error("No application given.");
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      application = applications.get(policy, applicationId);
      editable = Permissions.allowed(
          () -> ManagementAccess.requireDeviceWrite(policy, application));
      if (!editable) {
        ConsoleMessages.error("You may not change the integrations of " + application.name()
            + ".");
        return;
      }
      Optional<JsonObject> stored = integrations.list(policy, applicationId).contains(kind)
          ? Optional.of(integrations.get(policy, applicationId, kind)) : Optional.empty();
      creating = stored.isEmpty();
      stored.ifPresent(this::fill);
    });
  }

  /** Saves the configuration and lists the application's integrations. */
  public String save() {
    JsonObject configuration = configuration();
    if (configuration == null) {
      return null;
    }
    boolean saved = ConsoleMessages.attempt(() -> {
      if (creating) {
        integrations.create(caller.policy(), applicationId, kind, configuration);
      } else {
        integrations.update(caller.policy(), applicationId, kind, configuration);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep(label(kind) + " integration saved.");
    return listPage();
  }

  /** Deletes the integration (its waiting events are dropped) and lists the others. */
  public String delete() {
    if (creating || !ConsoleMessages.attempt(
        () -> integrations.delete(caller.policy(), applicationId, kind))) {
      return null;
    }
    ConsoleMessages.keep(label(kind) + " integration deleted.");
    return listPage();
  }

  private String listPage() {
    return "/console/integrations.xhtml?faces-redirect=true&application=" + applicationId;
  }

  public String getLabel() {
    return label(kind);
  }

  public boolean isCreating() {
    return creating;
  }

  public boolean isEditable() {
    return editable;
  }

  public Application getApplication() {
    return application;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }
}
