package io.longwave.console.live;

import io.longwave.api.device.DeviceEventHub;
import io.longwave.api.device.NetworkReadModels;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes a notice to the open device and gateway pages when what they show changes: a frame
 * logged for the device or an application event of it (the sources of the device's REST frame
 * and event streams), a frame logged for the gateway (its frame stream's). A page's socket ({@link
 * LivePageSocket}) is registered for the device or gateway its ticket ({@link LiveTickets}) was
 * issued for, and only a page that has read it with the caller's rights gets such a ticket; a
 * notice carries no data (the page reads it again with the caller's rights). Changes within
 * {@link #WINDOW} make one notice.
 *
 * <p>Threading: the sources call in on the logging and event threads and only schedule the
 * notice; notices are sent from one thread of the container's managed thread factory.
 */
@ApplicationScoped
public class LiveUpdates {

  /** The message of a notice: something the page shows has changed. */
  static final String CHANGED = "changed";

  /** Changes of one device or gateway within this window make one notice. */
  static final Duration WINDOW = Duration.ofMillis(50);

  private static final Logger LOG = System.getLogger(LiveUpdates.class.getName());

  @Inject NetworkReadModels network;
  @Inject DeviceEventHub events;
  @Resource private ManagedThreadFactory threads;

  private ScheduledThreadPoolExecutor executor;
  private final LivePages<Eui64> devicePages = new LivePages<>();
  private final LivePages<GatewayId> gatewayPages = new LivePages<>();
  private LiveSubscriptions<Eui64> devices;
  private LiveSubscriptions<GatewayId> gateways;

  @PostConstruct
  void start() {
    executor = new ScheduledThreadPoolExecutor(1, threads);
    executor.setRemoveOnCancelPolicy(true);
    start((task, delay) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** Wires the sources to the pages, with notices run by {@code scheduler}. */
  void start(RefreshCoalescer.Scheduler scheduler) {
    RefreshCoalescer<Eui64> deviceNotices = new RefreshCoalescer<>(WINDOW, scheduler,
        devEui -> devicePages.send(devEui, CHANGED));
    RefreshCoalescer<GatewayId> gatewayNotices = new RefreshCoalescer<>(WINDOW, scheduler,
        id -> gatewayPages.send(id, CHANGED));
    devices = new LiveSubscriptions<>(devEui -> {
      AutoCloseable frames = network.frameLog().subscribe(devEui,
          f -> deviceNotices.changed(devEui));
      AutoCloseable deviceEvents = events.subscribe(devEui, e -> deviceNotices.changed(devEui));
      return () -> {
        try {
          frames.close();
        } finally {
          deviceEvents.close();
        }
      };
    });
    gateways = new LiveSubscriptions<>(id -> network.frameLog().subscribeGateway(id,
        f -> gatewayNotices.changed(id)));
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /**
   * The page {@code page} of {@code target} opened: it receives the notices of the target until
   * {@link #closed}. A target of another kind, or with an id that is none, is ignored.
   *
   * @return whether the page was registered
   */
  boolean opened(LiveTickets.Target target, Consumer<String> page) {
    try {
      if (LiveTickets.DEVICE.equals(target.kind())) {
        Eui64 devEui = Eui64.parse(target.id());
        if (devicePages.add(devEui, page)) {
          devices.opened(devEui);
        }
        return true;
      }
      if (LiveTickets.GATEWAY.equals(target.kind())) {
        GatewayId id = GatewayId.parse(target.id());
        if (gatewayPages.add(id, page)) {
          gateways.opened(id);
        }
        return true;
      }
    } catch (IllegalArgumentException | LorawanFormatException e) {
      LOG.log(Level.DEBUG, "a live page of {0} ignored: {1}", target, e.getMessage());
    }
    return false;
  }

  /** The page {@code page} of {@code target} closed; one that was not open is ignored. */
  void closed(LiveTickets.Target target, Consumer<String> page) {
    try {
      if (LiveTickets.DEVICE.equals(target.kind())) {
        Eui64 devEui = Eui64.parse(target.id());
        if (devicePages.remove(devEui, page)) {
          devices.closed(devEui);
        }
      } else if (LiveTickets.GATEWAY.equals(target.kind())) {
        GatewayId id = GatewayId.parse(target.id());
        if (gatewayPages.remove(id, page)) {
          gateways.closed(id);
        }
      }
    } catch (IllegalArgumentException | LorawanFormatException e) {
      LOG.log(Level.DEBUG, "a live page of {0} ignored: {1}", target, e.getMessage());
    }
  }

  /** How many device pages of {@code devEui} are open. */
  int devicePages(Eui64 devEui) {
    return devices.pages(devEui);
  }

  /** How many gateway pages of {@code id} are open. */
  int gatewayPages(GatewayId id) {
    return gateways.pages(id);
  }
}
