package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.PayloadCodec;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Creating, changing and deleting an application (the view parameter {@code application}; none
 * for a new one in the current organization) through {@link ApplicationService}, which checks
 * the caller's rights, the unique name and the service profile.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private ApplicationService applications;
  @Inject private ProfileService profiles;

  private Long applicationId;
  private Application stored;
  private boolean editable;
  private String name;
  private String description;
  private String serviceProfileId;
  private List<SelectItem> serviceProfiles = List.of();

  /** Reads the application, or prepares a new one; says so when the caller may not. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (applicationId != null) {
        stored = applications.get(policy, applicationId);
        name = stored.name();
        description = stored.description();
        serviceProfileId = stored.serviceProfileId().toString();
        editable = Permissions.allowed(
            () -> ManagementAccess.requireApplicationUpdate(policy, stored));
      } else if (organization() != null) {
        editable = Permissions.allowed(
            () -> ManagementAccess.requireApplicationAdmin(policy, organization()));
        if (!editable) {
          ConsoleMessages.error("You may not create applications in this organization.");
        }
      }
      serviceProfiles = profiles.serviceProfiles(policy, organization(), null, 200, 0).items()
          .stream().map(p -> new SelectItem(p.id().toString(), p.name())).toList();
    });
  }

  /** Saves; a new application leads to its (empty) list of devices. */
  public String save() {
    Long[] id = {applicationId};
    boolean saved = ConsoleMessages.attempt(() -> {
      Application app = new Application(applicationId, name, description, organization(),
          UUID.fromString(serviceProfileId), stored == null ? PayloadCodec.NONE : stored.codec());
      if (applicationId == null) {
        id[0] = applications.create(caller.policy(), app);
      } else {
        applications.update(caller.policy(), app);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Application " + name + " saved.");
    return "/console/devices.xhtml?faces-redirect=true&application=" + id[0];
  }

  /** Deletes the application with its devices and goes back to the list. */
  public String delete() {
    if (stored == null || !ConsoleMessages.attempt(
        () -> applications.delete(caller.policy(), stored.id()))) {
      return null;
    }
    ConsoleMessages.keep("Application " + stored.name() + " deleted with its devices.");
    return "/console/applications.xhtml?faces-redirect=true";
  }

  private Long organization() {
    return stored != null ? Long.valueOf(stored.organizationId()) : session.getOrganizationId();
  }

  public boolean isCreating() {
    return applicationId == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getServiceProfileId() {
    return serviceProfileId;
  }

  public void setServiceProfileId(String serviceProfileId) {
    this.serviceProfileId = serviceProfileId;
  }

  public List<SelectItem> getServiceProfiles() {
    return serviceProfiles;
  }
}
