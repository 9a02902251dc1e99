package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.DeviceProfileService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.region.RegionId;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Creating, changing and deleting a device profile of the current organization (the view
 * parameter {@code id}; none for a new one) through {@link DeviceProfileService}, which checks
 * the caller's rights and the settings against the region. The fields are those of ChirpStack
 * v3's {@code DeviceProfile}, held by {@link DeviceProfileFields}.
 */
@Named
@ViewScoped
public class DeviceProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private DeviceProfileService profiles;
  @Inject private ProfileService networkServers;

  private String id;
  private DeviceProfile stored;
  private boolean editable;
  private final DeviceProfileFields fields = new DeviceProfileFields();
  private List<SelectItem> adrAlgorithms = List.of();

  /** Reads the profile, or prepares a new one; says so when the caller may not change it. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (id != null && !id.isBlank()) {
        stored = profiles.get(policy, UUID.fromString(id.strip())).profile();
        fields.read(stored);
      }
      Long org = organization();
      if (org == null) {
        return;
      }
      editable = Permissions.allowed(() -> ManagementAccess.requireDeviceProfileWrite(policy, org));
      if (!editable) {
        ConsoleMessages.error("You may not change the device profiles of this organization.");
        return;
      }
      long ns = stored == null ? DeviceProfileDetails.BUILT_IN_NETWORK_SERVER
          : stored.details().networkServerId();
      adrAlgorithms = networkServers.adrAlgorithms(policy, ns).entrySet().stream()
          .map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    });
  }

  /** Saves and goes back to the list. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      if (stored == null) {
        profiles.create(caller.policy(),
            fields.toProfile(UUID.randomUUID(), organization(), null));
      } else {
        profiles.update(caller.policy(),
            fields.toProfile(stored.id(), organization(), stored.details()));
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Device profile " + fields.getName() + " saved.");
    return "/console/device-profiles.xhtml?faces-redirect=true";
  }

  /** Deletes the profile (refused while devices use it) and goes back to the list. */
  public String delete() {
    if (stored == null
        || !ConsoleMessages.attempt(() -> profiles.delete(caller.policy(), stored.id()))) {
      return null;
    }
    ConsoleMessages.keep("Device profile " + stored.name() + " deleted.");
    return "/console/device-profiles.xhtml?faces-redirect=true";
  }

  private Long organization() {
    return stored != null ? stored.details().organizationId() : session.getOrganizationId();
  }

  public List<SelectItem> getRegions() {
    return Arrays.stream(RegionId.values())
        .map(r -> new SelectItem(r.name(), r.commonName())).toList();
  }

  public List<SelectItem> getMacVersions() {
    return Arrays.stream(MacVersion.values())
        .map(v -> new SelectItem(v.name(), v.text())).toList();
  }

  public List<String> getRegParamsRevisions() {
    return DeviceProfileFields.REG_PARAMS_REVISIONS;
  }

  public List<SelectItem> getCodecs() {
    return List.of(new SelectItem(PayloadCodec.Type.NONE.name(), "None"),
        new SelectItem(PayloadCodec.Type.CAYENNE_LPP.name(), "Cayenne LPP"),
        new SelectItem(PayloadCodec.Type.CUSTOM_JS.name(), "Custom JavaScript codec functions"));
  }

  public List<SelectItem> getPingSlotPeriods() {
    return PingSlotPeriod.options().stream()
        .map(o -> new SelectItem(o.periodicity(), o.label())).toList();
  }

  public List<SelectItem> getAdrAlgorithms() {
    return adrAlgorithms;
  }

  public DeviceProfileFields getFields() {
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
