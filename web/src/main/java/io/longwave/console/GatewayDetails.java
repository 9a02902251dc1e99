package io.longwave.console;

import io.longwave.api.device.NetworkReadModels;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.GatewayService;
import io.longwave.application.management.ProfileService;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.console.live.LiveTickets;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.lorawan.Eui64;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway page (the view parameter {@code gatewayId}): the gateway's settings, when it was
 * last seen and whether it is online, its location on a map, its traffic per interval from its
 * statistics reports, and its most recent frames. {@link #refresh()} reads what changes again;
 * the page calls it when the server pushes a notice of a new frame of the gateway (see {@link
 * io.longwave.console.live.LiveUpdates}), and every 30 s for its statistics and status. The
 * map's tiles come from {@code longwave.console.map-tiles}, so that a local tile server can
 * replace OpenStreetMap's.
 */
@Named
@ViewScoped
public class GatewayDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** OpenStreetMap's standard tiles. */
  static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  static final String DEFAULT_ATTRIBUTION = "\u00a9 OpenStreetMap contributors";

  /** How many of the gateway's recent frames the page lists. */
  static final int FRAMES_SHOWN = 25;

  @Inject private ConsoleCaller caller;
  @Inject private GatewayService gateways;
  @Inject private ProfileService profiles;
  @Inject private NetworkReadModels network;
  @Inject private LiveTickets tickets;

  private String gatewayIdParam;
  private Eui64 gatewayId;
  private Gateway gateway;
  private boolean editable;
  private GatewayTraffic period = GatewayTraffic.LAST_DAY;
  private String trafficChart = "";
  private List<FrameRow> frames = List.of();
  private String status = "";
  private String liveTicket;

  /** Reads the gateway; an unknown, hidden or malformed id leaves a message. */
  public void load() {
    if (gatewayIdParam == null || gatewayIdParam.isBlank()) {
      ConsoleMessages.error("No gateway given.");
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      Eui64 id = Eui64.parse(gatewayIdParam.strip());
      gateway = gateways.get(policy, id);
      gatewayId = id;
      long owner = gateway.organizationId() == null ? 0 : gateway.organizationId();
      editable = Permissions.allowed(() -> policy.requireGatewayAdmin(owner));
      liveTicket = tickets.issue(LiveTickets.GATEWAY,
          GatewayId.parse(id.toString()).toString());
      refresh();
    });
  }

  /** Reads the gateway's last-seen time, traffic and frames again. */
  public void refresh() {
    if (gatewayId == null) {
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      gateway = gateways.get(policy, gatewayId);
      Instant now = Clock.systemUTC().instant();
      status = ActivityStatus.ofGateway(gateway.lastSeenAt(), statsInterval(policy), now)
          .label();
      trafficChart = period.chart(gateways.stats(policy, gatewayId, period.start(now), now),
          now).toJson();
      frames = network.frameLog().gatewayFrames(
          GatewayId.parse(gatewayId.toString()), FRAMES_SHOWN)
          .stream().map(FrameRow::of).toList();
    });
  }

  private Duration statsInterval(AccessPolicy policy) {
    if (gateway.gatewayProfileId() == null) {
      return ActivityStatus.DEFAULT_STATS_INTERVAL;
    }
    return Duration.ofSeconds(profiles.gatewayProfile(policy, gateway.gatewayProfileId())
        .statsInterval());
  }

  public boolean isFound() {
    return gatewayId != null;
  }

  /**
   * The ticket of the page's live socket, issued once {@link #load()} has read the gateway with
   * the caller's rights; null before, so that no page registers for a gateway it may not see.
   */
  public String getLiveTicket() {
    return liveTicket;
  }

  public boolean isEditable() {
    return editable;
  }

  /** True when the gateway has a location other than 0°, 0°. */
  public boolean isLocated() {
    GatewayLocation l = gateway == null ? null : gateway.settings().location();
    return l != null && (l.latitude() != 0 || l.longitude() != 0);
  }

  public Gateway getGateway() {
    return gateway;
  }

  public GatewayLocation getLocation() {
    return gateway == null ? GatewayLocation.UNKNOWN : gateway.settings().location();
  }

  public String getLastSeen() {
    return gateway == null ? "" : ConsoleTime.format(gateway.lastSeenAt(), "never");
  }

  public String getFirstSeen() {
    return gateway == null ? "" : ConsoleTime.format(gateway.firstSeenAt(), "never");
  }

  public String getStatus() {
    return status;
  }

  public String getRegion() {
    return gateway == null || gateway.settings().region() == null ? "every region"
        : gateway.settings().region().commonName();
  }

  /** The tile URL template of the map ({@code longwave.console.map-tiles}). */
  public String getMapTiles() {
    return ConfigProvider.getConfig().getOptionalValue("longwave.console.map-tiles", String.class)
        .filter(s -> !s.isBlank()).orElse(DEFAULT_TILES);
  }

  /** The attribution the map shows ({@code longwave.console.map-attribution}). */
  public String getMapAttribution() {
    return ConfigProvider.getConfig()
        .getOptionalValue("longwave.console.map-attribution", String.class)
        .orElse(DEFAULT_ATTRIBUTION);
  }

  public String getTrafficChart() {
    return trafficChart;
  }

  public GatewayTraffic getPeriod() {
    return period;
  }

  public void setPeriod(GatewayTraffic period) {
    this.period = period == null ? GatewayTraffic.LAST_DAY : period;
  }

  public GatewayTraffic[] getPeriods() {
    return GatewayTraffic.values();
  }

  public List<FrameRow> getFrames() {
    return frames;
  }

  public String getGatewayIdParam() {
    return gatewayIdParam;
  }

  public void setGatewayIdParam(String gatewayIdParam) {
    this.gatewayIdParam = gatewayIdParam;
  }
}
