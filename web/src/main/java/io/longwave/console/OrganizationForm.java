package io.longwave.console;

import io.longwave.application.management.OrganizationService;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationSettings;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Creating, changing and deleting an organization (the view parameter {@code organization}; none
 * for a new one) with its limits, for global admins, through {@link OrganizationService}, which
 * checks the rights and the unique name.
 */
@Named
@ViewScoped
public class OrganizationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private Administration administration;
  @Inject private OrganizationService organizations;

  private Long organizationId;
  private boolean editable;
  private String name;
  private String displayName;
  private boolean canHaveGateways = true;
  private int maxDeviceCount;
  private int maxGatewayCount;

  /** Reads the organization, or prepares a new one; says so when the caller may not. */
  public void load() {
    if (administration.refused()) {
      return;
    }
    if (organizationId == null) {
      editable = true;
      return;
    }
    editable = ConsoleMessages.attempt(() -> {
      Organization o = organizations.get(caller.policy(), organizationId);
      name = o.name();
      displayName = o.displayName();
      canHaveGateways = o.canHaveGateways();
      maxDeviceCount = o.maxDeviceCount();
      maxGatewayCount = o.maxGatewayCount();
    });
  }

  /** Saves and goes back to the list. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      OrganizationSettings settings = new OrganizationSettings(name, displayName,
          canHaveGateways, maxDeviceCount, maxGatewayCount);
      if (organizationId == null) {
        organizations.create(caller.policy(), settings);
      } else {
        organizations.update(caller.policy(), organizationId, settings);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Organization " + name + " saved.");
    return "/console/organizations.xhtml?faces-redirect=true";
  }

  /** Deletes the organization and goes back to the list. */
  public String delete() {
    if (organizationId == null || !ConsoleMessages.attempt(
        () -> organizations.delete(caller.policy(), organizationId))) {
      return null;
    }
    ConsoleMessages.keep("Organization " + name + " deleted.");
    return "/console/organizations.xhtml?faces-redirect=true";
  }

  public boolean isCreating() {
    return organizationId == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isCanHaveGateways() {
    return canHaveGateways;
  }

  public void setCanHaveGateways(boolean canHaveGateways) {
    this.canHaveGateways = canHaveGateways;
  }

  public int getMaxDeviceCount() {
    return maxDeviceCount;
  }

  public void setMaxDeviceCount(int maxDeviceCount) {
    this.maxDeviceCount = maxDeviceCount;
  }

  public int getMaxGatewayCount() {
    return maxGatewayCount;
  }

  public void setMaxGatewayCount(int maxGatewayCount) {
    this.maxGatewayCount = maxGatewayCount;
  }
}
