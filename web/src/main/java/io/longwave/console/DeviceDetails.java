package io.longwave.console;

import io.longwave.api.device.NetworkReadModels;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceQueues;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.console.live.LiveTickets;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.framelog.DeviceState;
import io.longwave.framelog.LoggedFrame;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The device page (the view parameter {@code devEui}): the device and its application, its
 * activation state as the network server knows it (session address and frame counters, last
 * uplink's data rate and radio figures, DevStatusAns), its downlink queue and its most recent
 * LoRaWAN frames, charted (RSSI, SNR, data rate, frequency). {@link #refresh()} reads the state,
 * queue, charts and frames again; the page calls it when the server pushes a notice that the
 * device has a new frame or event (see {@link io.longwave.console.live.LiveUpdates}). Whether
 * the caller may change the device decides if the edit and queue controls are shown.
 */
@Named
@ViewScoped
public class DeviceDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of the device's recent frames the page lists. */
  static final int FRAMES_SHOWN = 25;

  @Inject private ConsoleCaller caller;
  @Inject private DeviceService devices;
  @Inject private ApplicationService applications;
  @Inject private DeviceQueues queues;
  @Inject private NetworkReadModels network;
  @Inject private LiveTickets tickets;

  private String devEui;
  private Eui64 eui;
  private DeviceSummary device;
  private Application application;
  private boolean editable;
  private DeviceStateView state;
  /** The network server's last-seen time, which the stored one follows within a second. */
  private Instant heardAt;
  private List<QueueRow> queue = List.of();
  private List<FrameRow> frames = List.of();
  private RegionId region;
  private String liveTicket;
  private transient DeviceRadioCharts radio;

  /** Reads the device; an unknown, hidden or malformed DevEUI leaves a message. */
  public void load() {
    if (devEui == null || devEui.isBlank()) {
      ConsoleMessages.error("No device given.");
      return;
    }
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      Eui64 parsed = Eui64.parse(devEui.strip());
      device = devices.get(policy, parsed);
      application = applications.get(policy, device.device().applicationId());
      eui = parsed;
      editable = mayChange(policy, application);
      region = devices.profile(policy, parsed).region();
      liveTicket = tickets.issue(LiveTickets.DEVICE, parsed.toString());
      refresh();
    });
  }

  /** Reads the last-seen time, the activation state, the queue and the recent frames again. */
  public void refresh() {
    if (eui == null) {
      return;
    }
    device = ConsoleMessages.attempt(() -> devices.get(caller.policy(), eui), device);
    DeviceState known = network.deviceState(eui).orElse(null);
    state = DeviceStateView.of(known);
    heardAt = known == null ? null : known.lastSeenAt();
    queue = ConsoleMessages.attempt(() -> queues.list(caller.policy(), eui).stream()
        .map(QueueRow::of).toList(), List.of());
    List<LoggedFrame> logged = network.frameLog().deviceFrames(eui, FRAMES_SHOWN);
    frames = logged.stream().map(FrameRow::of).toList();
    radio = DeviceRadioCharts.of(logged, region == null ? null : Regions.get(region));
  }

  /** Empties the device's queue. */
  public void flushQueue() {
    if (eui != null && ConsoleMessages.attempt(() -> {
      int removed = queues.flush(caller.policy(), eui);
      ConsoleMessages.info(removed + " queued downlink" + (removed == 1 ? "" : "s")
          + " removed.");
    })) {
      refresh();
    }
  }

  private static boolean mayChange(AccessPolicy policy, Application app) {
    try {
      ManagementAccess.requireDeviceWrite(policy, app);
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  /** The device shown, or null when none could be read. */
  Eui64 eui() {
    return eui;
  }

  public boolean isFound() {
    return eui != null;
  }

  /**
   * The ticket of the page's live socket, issued once {@link #load()} has read the device with
   * the caller's rights; null before, so that no page registers for a device it may not see.
   */
  public String getLiveTicket() {
    return liveTicket;
  }

  /** True when the caller may change the device (a device admin of its organization). */
  public boolean isEditable() {
    return editable;
  }

  public String getDevEui() {
    return devEui;
  }

  public void setDevEui(String devEui) {
    this.devEui = devEui;
  }

  public DeviceSummary getDevice() {
    return device;
  }

  /** The later of the stored last-seen time and the network server's (written behind it). */
  public String getLastSeen() {
    if (device == null) {
      return "";
    }
    Instant stored = device.lastSeenAt();
    Instant seen = stored == null || (heardAt != null && heardAt.isAfter(stored))
        ? heardAt : stored;
    return ConsoleTime.format(seen, "never");
  }

  /** The device's tags, {@code key=value} separated by commas. */
  public String getTags() {
    return device == null ? "" : KeyValueText.format(device.device().details().tags())
        .replace("\n", ", ");
  }

  public Application getApplication() {
    return application;
  }

  public DeviceStateView getState() {
    return state;
  }

  public List<QueueRow> getQueue() {
    return queue;
  }

  /** True when the frame log holds data uplinks to chart. */
  public boolean isCharted() {
    return radio != null && !radio.signal().isEmpty();
  }

  /** RSSI and SNR of the recent data uplinks, as a Chart.js configuration. */
  public String getSignalChart() {
    return radio == null ? "" : radio.signal().toJson();
  }

  /** Data rate and frequency of the recent data uplinks, as a Chart.js configuration. */
  public String getChannelChart() {
    return radio == null ? "" : radio.channel().toJson();
  }

  public List<FrameRow> getFrames() {
    return frames;
  }
}
