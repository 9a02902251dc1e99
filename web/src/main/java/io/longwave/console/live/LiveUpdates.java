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
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Pushes a notice to the open device and gateway pages when what they show changes: a frame
 * logged for the device or an application event of it (the sources of the device's REST frame
 * and event streams), a frame logged for the gateway (its frame stream's). The pages open a Faces
 * WebSocket on {@value #DEVICE_CHANNEL} or {@value #GATEWAY_CHANNEL} whose user is the device's
 * DevEUI or the gateway's id, in lower-case hex; only a page that has read the device or gateway
 * with the caller's rights renders it, so only such a page is ever registered for the id, and a
 * notice carries no data (the page reads it again with the caller's rights). Changes within
 * {@link #WINDOW} make one notice.
 *
 * <p>Threading: the sources call in on the logging and event threads and only schedule the
 * notice; notices are sent from one thread of the container's managed thread factory.
 */
@ApplicationScoped
public class LiveUpdates {

  /** The WebSocket channel of the device pages; the user is the DevEUI. */
  public static final String DEVICE_CHANNEL = "device";

  /** The WebSocket channel of the gateway pages; the user is the gateway id. */
  public static final String GATEWAY_CHANNEL = "gateway";

  /** The message of a notice: something the page shows has changed. */
  static final String CHANGED = "changed";

  /** Changes of one device or gateway within this window make one notice. */
  static final Duration WINDOW = Duration.ofMillis(50);

  private static final Logger LOG = System.getLogger(LiveUpdates.class.getName());

  @Inject @Push(channel = DEVICE_CHANNEL) PushContext devicePages;
  @Inject @Push(channel = GATEWAY_CHANNEL) PushContext gatewayPages;
  @Inject NetworkReadModels network;
  @Inject DeviceEventHub events;
  @Resource private ManagedThreadFactory threads;

  private ScheduledThreadPoolExecutor executor;
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
        devEui -> devicePages.send(CHANGED, devEui.toString()));
    RefreshCoalescer<GatewayId> gatewayNotices = new RefreshCoalescer<>(WINDOW, scheduler,
        id -> gatewayPages.send(CHANGED, id.toString()));
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

  void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
    page(event.getChannel(), event.getUser(), true);
  }

  void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
    page(event.getChannel(), event.getUser(), false);
  }

  /**
   * A page's socket opened or closed. Sockets of other channels, and sockets without a user or
   * with one that is not an id, are none of a live page's and are ignored.
   */
  void page(String channel, Serializable user, boolean open) {
    if (!(user instanceof String id)) {
      return;
    }
    try {
      if (DEVICE_CHANNEL.equals(channel)) {
        count(devices, Eui64.parse(id), open);
      } else if (GATEWAY_CHANNEL.equals(channel)) {
        count(gateways, GatewayId.parse(id), open);
      }
    } catch (IllegalArgumentException | LorawanFormatException e) {
      LOG.log(Level.DEBUG, "a live page socket with the user {0} ignored: {1}", id,
          e.getMessage());
    }
  }

  private static <K> void count(LiveSubscriptions<K> subscriptions, K key, boolean open) {
    if (open) {
      subscriptions.opened(key);
    } else {
      subscriptions.closed(key);
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
