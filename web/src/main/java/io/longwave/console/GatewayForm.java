package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.GatewayService;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creating (in the current organization), changing and deleting (the view parameter {@code
 * gatewayId}) a gateway through {@link GatewayService}: name, description, network server,
 * gateway profile, region, location, discovery and tags; its boards, metadata and service
 * profile stay as they are. The service checks the rights, the organization's gateway limits and
 * the references.
 */
@Named
@ViewScoped
public class GatewayForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Network servers and gateway profiles listed in the menus. */
  static final int MAX_CHOICES = 200;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private GatewayService gateways;
  @Inject private ProfileService profiles;

  private String gatewayIdParam;
  private GatewaySettings stored;
  private boolean editable;
  private Eui64 gatewayId;
  private String name;
  private String description;
  private Long networkServerId;
  private String gatewayProfileId;
  private String region;
  private double latitude;
  private double longitude;
  private double altitude;
  private boolean discoveryEnabled;
  private Map<String, String> tags = Map.of();
  private List<SelectItem> networkServers = List.of();
  private List<SelectItem> gatewayProfiles = List.of();

  /** Reads the gateway, or prepares a new one; says so when the caller may not. */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (gatewayIdParam != null && !gatewayIdParam.isBlank()) {
        Gateway g = gateways.get(policy, Eui64.parse(gatewayIdParam.strip()));
        fill(g);
      }
      Long org = organization();
      editable = org != null && Permissions.allowed(() -> policy.requireGatewayAdmin(org));
      if (!editable) {
        ConsoleMessages.error("You may not change the gateways of this organization.");
        return;
      }
      networkServers = profiles.networkServers(policy, org, MAX_CHOICES, 0).items().stream()
          .map(n -> new SelectItem(n.id(), n.name())).toList();
      gatewayProfiles = profiles.gatewayProfiles(policy, null, MAX_CHOICES, 0).items().stream()
          .map(p -> new SelectItem(p.id().toString(), p.name())).toList();
    });
  }

  private void fill(Gateway g) {
    stored = g.settings();
    gatewayId = g.gatewayId();
    name = stored.name();
    description = stored.description();
    networkServerId = stored.networkServerId();
    gatewayProfileId = stored.gatewayProfileId() == null ? null
        : stored.gatewayProfileId().toString();
    region = stored.region() == null ? null : stored.region().name();
    latitude = stored.location().latitude();
    longitude = stored.location().longitude();
    altitude = stored.location().altitude();
    discoveryEnabled = stored.discoveryEnabled();
    tags = stored.tags();
  }

  /** Saves the gateway and opens its page. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      GatewayLocation location = new GatewayLocation(latitude, longitude, altitude,
          stored == null ? "CONFIG" : stored.location().source(),
          stored == null ? 0 : stored.location().accuracy());
      GatewaySettings settings = new GatewaySettings(name, description, location,
          organization(), discoveryEnabled, networkServerId == null ? 0 : networkServerId,
          gatewayProfileId == null ? null : UUID.fromString(gatewayProfileId),
          stored == null ? null : stored.serviceProfileId(),
          stored == null ? List.of() : stored.boards(), tags,
          stored == null ? Map.of() : stored.metadata(),
          region == null ? null : RegionId.valueOf(region));
      if (stored == null) {
        gateways.create(caller.policy(), gatewayId, settings);
      } else {
        gateways.update(caller.policy(), gatewayId, settings);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Gateway " + name + " saved.");
    return "/console/gateway.xhtml?faces-redirect=true&gatewayId=" + gatewayId;
  }

  /** Deletes the gateway and lists the organization's gateways. */
  public String delete() {
    if (stored == null
        || !ConsoleMessages.attempt(() -> gateways.delete(caller.policy(), gatewayId))) {
      return null;
    }
    ConsoleMessages.keep("Gateway " + name + " deleted.");
    return "/console/gateways.xhtml?faces-redirect=true";
  }

  private Long organization() {
    return stored != null ? Long.valueOf(stored.organizationId()) : session.getOrganizationId();
  }

  /** The regions a gateway may be limited to. */
  public List<SelectItem> getRegions() {
    return Arrays.stream(RegionId.values())
        .map(r -> new SelectItem(r.name(), r.commonName())).toList();
  }

  public boolean isCreating() {
    return stored == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getGatewayIdParam() {
    return gatewayIdParam;
  }

  public void setGatewayIdParam(String gatewayIdParam) {
    this.gatewayIdParam = gatewayIdParam;
  }

  public Eui64 getGatewayId() {
    return gatewayId;
  }

  public void setGatewayId(Eui64 gatewayId) {
    if (stored == null) {
      this.gatewayId = gatewayId;
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

  public Long getNetworkServerId() {
    return networkServerId;
  }

  public void setNetworkServerId(Long networkServerId) {
    this.networkServerId = networkServerId;
  }

  public String getGatewayProfileId() {
    return gatewayProfileId;
  }

  public void setGatewayProfileId(String gatewayProfileId) {
    this.gatewayProfileId = gatewayProfileId;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public double getLatitude() {
    return latitude;
  }

  public void setLatitude(double latitude) {
    this.latitude = latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public void setLongitude(double longitude) {
    this.longitude = longitude;
  }

  public double getAltitude() {
    return altitude;
  }

  public void setAltitude(double altitude) {
    this.altitude = altitude;
  }

  public boolean isDiscoveryEnabled() {
    return discoveryEnabled;
  }

  public void setDiscoveryEnabled(boolean discoveryEnabled) {
    this.discoveryEnabled = discoveryEnabled;
  }

  public Map<String, String> getTags() {
    return tags;
  }

  public void setTags(Map<String, String> tags) {
    this.tags = tags == null ? Map.of() : tags;
  }

  public List<SelectItem> getNetworkServers() {
    return networkServers;
  }

  public List<SelectItem> getGatewayProfiles() {
    return gatewayProfiles;
  }
}
