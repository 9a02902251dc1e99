package io.longwave.application;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.lorawan.Eui64;
import io.longwave.infrastructure.concurrency.EventExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Hands the network server's events to the application side as asynchronous CDI events, so that
 * the uplink path never waits on the application (codecs, integrations observe them with {@code
 * @ObservesAsync}), and counts them per kind ({@code longwave_application_events_total}). An
 * event whose observers fail is counted per kind ({@code
 * longwave_application_events_failed_total}) and logged with its device ({@link
 * AsyncObserverFailures}). The observers run on {@code longwave.application.event-threads}
 * threads of the managed thread factory ({@link EventExecutor}).
 */
@ApplicationScoped
public class ApplicationEventBus implements ApplicationEvents {

  private static final Logger LOG = System.getLogger(ApplicationEventBus.class.getName());

  @Inject private Event<Object> events;
  @Inject private MetricRegistry metrics;
  @Resource private ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "longwave.application.event-threads", defaultValue = "8")
  private int eventThreads;

  private Counter up;
  private Counter join;
  private Counter ack;
  private Counter txAck;
  private Counter status;
  private Counter error;
  private Counter location;
  private AsyncObserverFailures failures;
  private EventExecutor executor;
  private NotificationOptions onExecutor;

  @PostConstruct
  void init() {
    executor = new EventExecutor(eventThreads, 100_000, threads);
    onExecutor = NotificationOptions.ofExecutor(executor);
    failures = new AsyncObserverFailures(kind ->
        metrics.counter("longwave.application.events.failed", new Tag("kind", kind)).inc());
    up = counter("up");
    join = counter("join");
    ack = counter("ack");
    txAck = counter("txack");
    status = counter("status");
    error = counter("error");
    location = counter("location");
  }

  @PreDestroy
  void stop() {
    executor.close();
  }

  private Counter counter(String kind) {
    return metrics.counter("longwave.application.events", new Tag("kind", kind));
  }

  @Override
  public void uplinkReceived(DataUplinkEvent event) {
    up.inc();
    fire("up", event.devEui(), event);
  }

  @Override
  public void joined(JoinEvent event) {
    join.inc();
    LOG.log(Level.INFO, "device {0} joined with DevAddr {1}", event.devEui(), event.devAddr());
    fire("join", event.devEui(), event);
  }

  @Override
  public void acked(AckEvent event) {
    ack.inc();
    fire("ack", event.devEui(), event);
  }

  @Override
  public void txAcked(TxAckEvent event) {
    txAck.inc();
    fire("txack", event.devEui(), event);
  }

  @Override
  public void statusReported(StatusEvent event) {
    status.inc();
    fire("status", event.devEui(), event);
  }

  @Override
  public void error(ErrorEvent event) {
    error.inc();
    LOG.log(Level.INFO, "device {0}: {1} {2}", event.devEui(), event.type(), event.error());
    fire("error", event.devEui(), event);
  }

  @Override
  public void locationResolved(LocationEvent event) {
    location.inc();
    fire("location", event.devEui(), event);
  }

  private void fire(String kind, Eui64 devEui, Object event) {
    failures.watch(events.fireAsync(event, onExecutor), kind, devEui);
  }
}
