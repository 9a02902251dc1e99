package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.profile.GatewayProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Creating, changing and deleting a gateway profile (the view parameter {@code id}; none for a
 * new one) with its channels and extra channels, through {@link ProfileService}, which lets
 * global admins alone change them and checks the channels. The fields are those of ChirpStack
 * v3's {@code GatewayProfile}, held by {@link GatewayProfileFields}.
 */
@Named
@ViewScoped
public class GatewayProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ProfileService profiles;

  private String id;
  private GatewayProfile stored;
  private boolean editable;
  private final GatewayProfileFields fields = new GatewayProfileFields();

  /** Reads the profile, or prepares a new one; says so when the caller may not change it. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (id != null && !id.isBlank()) {
        stored = profiles.gatewayProfile(policy, UUID.fromString(id.strip()));
        fields.read(stored);
      }
      editable = policy.isGlobalAdmin();
      if (!editable) {
        ConsoleMessages.error("Only global admins change gateway profiles.");
      }
    });
  }

  /** Saves and goes back to the list. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      if (stored == null) {
        profiles.createGatewayProfile(caller.policy(), fields.name(), NetworkServer.BUILT_IN_ID,
            fields.channelIndexes(), fields.extra(), fields.getStatsInterval());
      } else {
        profiles.updateGatewayProfile(caller.policy(), stored.id(), fields.name(),
            stored.networkServerId(), fields.channelIndexes(), fields.extra(),
            fields.getStatsInterval());
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Gateway profile " + fields.name() + " saved.");
    return "/console/gateway-profiles.xhtml?faces-redirect=true";
  }

  /** Deletes the profile and goes back to the list. */
  public String delete() {
    if (stored == null || !ConsoleMessages.attempt(
        () -> profiles.deleteGatewayProfile(caller.policy(), stored.id()))) {
      return null;
    }
    ConsoleMessages.keep("Gateway profile " + stored.name() + " deleted.");
    return "/console/gateway-profiles.xhtml?faces-redirect=true";
  }

  /** Adds an empty extra channel to the form. */
  public void addExtraChannel() {
    fields.addExtraChannel();
  }

  /** Removes the extra channel at {@code index} from the form. */
  public void removeExtraChannel(int index) {
    fields.removeExtraChannel(index);
  }

  public List<String> getModulations() {
    return List.of("LORA", "FSK");
  }

  public GatewayProfileFields getFields() {
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
