package io.longwave.application.pipeline;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.event.AckEvent;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.codec.PayloadCodecs;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * Observes the network server's asynchronous application events and runs them through the
 * pipeline; each resulting {@link IntegrationEvent} goes to the {@link IntegrationPublisher} and is
 * fired as a synchronous CDI event for the API's live streams (whose observers must not block).
 * A failure in one event is logged and counted, never thrown back into the event bus.
 */
@ApplicationScoped
public class ApplicationEventConsumer {

  private static final Logger LOG = System.getLogger(ApplicationEventConsumer.class.getName());

  @Inject private DeviceDirectory directory;
  @Inject private PayloadCodecs codecs;
  @Inject private Instance<IntegrationPublisher> publishers;
  @Inject private Event<IntegrationEvent> integrationEvents;

  private final ApplicationDrops drops = new ApplicationDrops();
  private IntegrationPublisher publisher;
  private ApplicationUplinkFlow uplinks;
  private DeviceEventFlow deviceEvents;

  @PostConstruct
  void init() {
    if (publishers.isResolvable()) {
      publisher = publishers.get();
    } else {
      LOG.log(Level.WARNING, "no integration publisher deployed: events reach the live streams"
          + " only");
    }
    Clock clock = Clock.systemUTC();
    uplinks = new ApplicationUplinkFlow(directory, codecs, this::deliver, drops, clock);
    deviceEvents = new DeviceEventFlow(directory, this::deliver, drops, clock);
  }

  void onUplink(@ObservesAsync DataUplinkEvent e) {
    guarded("up", () -> uplinks.handle(e));
  }

  void onJoin(@ObservesAsync JoinEvent e) {
    guarded("join", () -> deviceEvents.joined(e));
  }

  void onAck(@ObservesAsync AckEvent e) {
    guarded("ack", () -> deviceEvents.acked(e));
  }

  void onTxAck(@ObservesAsync TxAckEvent e) {
    guarded("txack", () -> deviceEvents.txAcked(e));
  }

  void onStatus(@ObservesAsync StatusEvent e) {
    guarded("status", () -> deviceEvents.statusReported(e));
  }

  void onError(@ObservesAsync ErrorEvent e) {
    guarded("error", () -> deviceEvents.error(e));
  }

  // LocationEvent (geolocation): observe it here and hand it to deviceEvents.

  /** What the application side dropped, by reason. */
  public ApplicationDrops drops() {
    return drops;
  }

  private void deliver(IntegrationEvent event) {
    if (publisher != null) {
      try {
        publisher.publish(event);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "integration publisher refused " + event.type().wireName()
            + " event of " + event.devEui(), e);
      }
    }
    try {
      integrationEvents.fire(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an event-stream observer failed on " + event.type().wireName()
          + " event of " + event.devEui(), e);
    }
  }

  private void guarded(String kind, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      drops.count(ApplicationDrops.FAILED);
      LOG.log(Level.ERROR, kind + " event failed on the application side", e);
    }
  }
}
