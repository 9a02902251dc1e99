package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceProfileService;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.lorawan.Eui64;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creating (the view parameter {@code application}), changing and deleting (the view parameter
 * {@code devEui}) a device through {@link DeviceService}: name, description, profile, frame
 * counter check, disabled, tags and variables. The service checks the rights, the profile's
 * organization, the unique DevEUI and the organization's device limit. The keys and the
 * activation of a device the caller may change are {@link DeviceCredentials}'.
 */
@Named
@ViewScoped
public class DeviceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private DeviceService devices;
  @Inject private DeviceProfileService profiles;
  @Inject private DeviceCredentials credentials;

  private Long applicationId;
  private String devEuiParam;
  private Application application;
  private Device stored;
  private boolean editable;
  private Eui64 devEui;
  private String name;
  private String description;
  private String deviceProfileId;
  private boolean skipFCntCheck;
  private boolean disabled;
  private Map<String, String> tags = Map.of();
  private Map<String, String> variables = Map.of();
  private List<SelectItem> deviceProfiles = List.of();

  /** Reads the device (or its application, for a new one) and the profiles to choose from. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (devEuiParam != null && !devEuiParam.isBlank()) {
        stored = devices.readable(policy, Eui64.parse(devEuiParam.strip()));
        applicationId = stored.applicationId();
        fill(stored);
      } else if (applicationId == null) {
        ConsoleMessages.error("No application given.");
        return;
      }
      application = applications.get(policy, applicationId);
      editable = Permissions.allowed(() -> ManagementAccess.requireDeviceWrite(policy,
          application));
      if (!editable) {
        ConsoleMessages.error("You may not change the devices of " + application.name() + ".");
        return;
      }
      deviceProfiles = profiles.list(policy, null, applicationId, 200, 0).items().stream()
          .map(p -> new SelectItem(p.profile().id().toString(), p.profile().name())).toList();
      if (stored != null) {
        credentials.load(stored.devEui());
      }
    });
  }

  private void fill(Device d) {
    devEui = d.devEui();
    name = d.name();
    description = d.details().description();
    deviceProfileId = d.deviceProfileId().toString();
    skipFCntCheck = d.skipFCntCheck();
    disabled = d.disabled();
    tags = d.details().tags();
    variables = d.details().variables();
  }

  /** Saves the device and opens its page. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      double altitude = stored == null ? 0 : stored.details().referenceAltitude();
      Device device = new Device(devEui, name, applicationId, UUID.fromString(deviceProfileId),
          null, null, skipFCntCheck, disabled, 0,
          new DeviceDetails(description, tags, variables, altitude), null);
      if (stored == null) {
        devices.create(caller.policy(), device);
      } else {
        devices.update(caller.policy(), device);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Device " + name + " saved.");
    return "/console/device.xhtml?faces-redirect=true&devEui=" + devEui;
  }

  /** Deletes the device with its keys, session and queue, and lists the application's devices. */
  public String delete() {
    if (stored == null
        || !ConsoleMessages.attempt(() -> devices.delete(caller.policy(), stored.devEui()))) {
      return null;
    }
    ConsoleMessages.keep("Device " + stored.name() + " deleted.");
    return "/console/devices.xhtml?faces-redirect=true&application=" + applicationId;
  }

  public boolean isCreating() {
    return stored == null;
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

  public String getDevEuiParam() {
    return devEuiParam;
  }

  public void setDevEuiParam(String devEuiParam) {
    this.devEuiParam = devEuiParam;
  }

  public Eui64 getDevEui() {
    return devEui;
  }

  public void setDevEui(Eui64 devEui) {
    if (stored == null) {
      this.devEui = devEui;
    }
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

  public String getDeviceProfileId() {
    return deviceProfileId;
  }

  public void setDeviceProfileId(String deviceProfileId) {
    this.deviceProfileId = deviceProfileId;
  }

  public boolean isSkipFCntCheck() {
    return skipFCntCheck;
  }

  public void setSkipFCntCheck(boolean skipFCntCheck) {
    this.skipFCntCheck = skipFCntCheck;
  }

  public boolean isDisabled() {
    return disabled;
  }

  public void setDisabled(boolean disabled) {
    this.disabled = disabled;
  }

  public Map<String, String> getTags() {
    return tags;
  }

  public void setTags(Map<String, String> tags) {
    this.tags = tags == null ? Map.of() : tags;
  }

  public Map<String, String> getVariables() {
    return variables;
  }

  public void setVariables(Map<String, String> variables) {
    this.variables = variables == null ? Map.of() : variables;
  }

  public List<SelectItem> getDeviceProfiles() {
    return deviceProfiles;
  }
}
