package io.longwave.console;

import io.longwave.api.error.ApiError;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ErrorCode;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.profile.ServiceProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Creating, changing and deleting a service profile (the view parameter {@code id}; none for a
 * new one, made for the current organization on the built-in network server) through {@link
 * ProfileService}, which lets global admins alone change them and checks the values. The
 * fields are those of ChirpStack v3's {@code ServiceProfile}, held by {@link
 * ServiceProfileFields}.
 */
@Named
@ViewScoped
public class ServiceProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private ProfileService profiles;

  private String id;
  private ServiceProfile stored;
  private boolean editable;
  private final ServiceProfileFields fields = new ServiceProfileFields();

  /** Reads the profile, or prepares a new one; says so when the caller may not change it. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (id != null && !id.isBlank()) {
        stored = profiles.serviceProfile(policy, UUID.fromString(id.strip()));
        fields.read(stored.settings());
      }
      if (organization() == null) {
        return;
      }
      editable = policy.isGlobalAdmin();
      if (!editable) {
        ConsoleMessages.error("Only global admins change service profiles.");
      }
    });
  }

  /** Saves and goes back to the list. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      if (stored == null) {
        profiles.createServiceProfile(caller.policy(), fields.toSettings(organization(),
            NetworkServer.BUILT_IN_ID));
      } else {
        profiles.updateServiceProfile(caller.policy(), stored.id(),
            fields.toSettings(stored.organizationId(), stored.networkServerId()));
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Service profile " + fields.getName() + " saved.");
    return "/console/service-profiles.xhtml?faces-redirect=true";
  }

  /**
   * Deletes the profile and goes back to the list; the database refuses while applications use
   * it, which shows as a message.
   */
  public String delete() {
    if (stored == null) {
      return null;
    }
    try {
      profiles.deleteServiceProfile(caller.policy(), stored.id());
    } catch (RuntimeException e) {
      ApiError refusal = ConsoleMessages.refusal(e);
      ConsoleMessages.error(refusal.code() == ErrorCode.FAILED_PRECONDITION
          ? "Service profile " + stored.name() + " is used by applications and cannot be deleted."
          : refusal.message());
      return null;
    }
    ConsoleMessages.keep("Service profile " + stored.name() + " deleted.");
    return "/console/service-profiles.xhtml?faces-redirect=true";
  }

  /** The stored profile's organization, or the console's current one for a new profile. */
  private Long organization() {
    return stored != null ? Long.valueOf(stored.organizationId()) : session.getOrganizationId();
  }

  public List<String> getRatePolicies() {
    return List.of("DROP", "MARK");
  }

  public ServiceProfileFields getFields() {
    return fields;
  }

  public boolean isCreating() {
    return stored == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
