package io.longwave.console;

import io.longwave.api.device.NetworkReadModels;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceQueues;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.lorawan.Eui64;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The device page (the view parameter {@code devEui}): the device and its application, its
 * activation state as the network server knows it (session address and frame counters, last
 * uplink's data rate and radio figures, DevStatusAns), its downlink queue and its most recent
 * LoRaWAN frames. {@link #refresh()} reads the state, queue and frames again (the page polls it).
 * Whether the caller may change the device decides if the queue controls are shown.
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

  private String devEui;
  private Eui64 eui;
  private DeviceSummary device;
  private Application application;
  private boolean editable;
  private DeviceStateView state;
  private List<QueueRow> queue = List.of();
  private List<FrameRow> frames = List.of();

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
      refresh();
    });
  }

  /** Reads the activation state, the queue and the recent frames again. */
  public void refresh() {
    if (eui == null) {
      return;
    }
    state = DeviceStateView.of(network.deviceState(eui).orElse(null));
    queue = ConsoleMessages.attempt(() -> queues.list(caller.policy(), eui).stream()
        .map(QueueRow::of).toList(), List.of());
    frames = network.frameLog().deviceFrames(eui, FRAMES_SHOWN).stream().map(FrameRow::of)
        .toList();
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

  public String getLastSeen() {
    return device == null ? "" : ConsoleTime.format(device.lastSeenAt(), "never");
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

  public List<FrameRow> getFrames() {
    return frames;
  }
}
