package io.longwave.integration.outbox;

import io.longwave.infrastructure.metrics.IntegrationMetrics;
import io.longwave.infrastructure.persistence.JdbcOutboxStore;
import io.longwave.integration.IntegrationTargets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Starts the outbox's delivery workers once the schema is migrated: a scheduled pool of {@code
 * workers + 1} threads from the container's managed thread factory (the uplink path never runs on
 * them), the dispatcher that polls the outbox, retention and the per-target metrics. Since the
 * events are in the database, whatever was queued before a restart is delivered after it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorkers {

  private static final Logger LOG = System.getLogger(OutboxWorkers.class.getName());
  private static final long METRICS_REFRESH_SECONDS = 5;

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  @Resource private ManagedThreadFactory threads;
  @Inject @Any private Instance<IntegrationTargets> kinds;
  @Inject private MetricRegistry registry;

  private OutboxStore store;
  private IntegrationTargetDirectory directory;
  private OutboxDispatcher dispatcher;
  private IntegrationMetrics metrics;
  private ScheduledThreadPoolExecutor executor;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig();
    OutboxSettings settings =
        OutboxSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
    Clock clock = Clock.systemUTC();
    store = new JdbcOutboxStore(dataSource);
    // The kinds are resolved once: iterating the Instance creates new references to the session
    // beans among them on every call, which the publisher would otherwise pay for every event.
    directory = new IntegrationTargetDirectory(kinds.stream().toList());
    metrics = new IntegrationMetrics(registry, clock);
    String owner = ownerName();
    OutboxDelivery delivery =
        new OutboxDelivery(store, directory, settings, owner, clock, metrics);
    executor = new ScheduledThreadPoolExecutor(settings.workers() + 1, threads);
    executor.setRemoveOnCancelPolicy(true);
    dispatcher =
        new OutboxDispatcher(
            store, delivery, new OutboxRetention(store, settings, clock, metrics), settings,
            clock, executor);
    dispatcher.start();
    executor.scheduleWithFixedDelay(
        this::refreshMetrics, 0, METRICS_REFRESH_SECONDS, TimeUnit.SECONDS);
    LOG.log(Level.INFO, "integration outbox started as {0}: {1}", owner, settings);
  }

  private void refreshMetrics() {
    try {
      metrics.refresh(store.backlog());
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "outbox metrics not refreshed: {0}", e.toString());
    }
  }

  /** The store the publisher appends to. */
  public OutboxStore store() {
    return store;
  }

  /** Every integration kind's targets. */
  public IntegrationTargetDirectory directory() {
    return directory;
  }

  /** Asks the workers to look for new events now. */
  public void wake() {
    dispatcher.wake();
  }

  /** The state of every target, for the API. */
  public List<TargetBacklog> backlog() {
    return store.backlog();
  }

  private static String ownerName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "longwave";
    }
    if (host.length() > 60) {
      host = host.substring(0, 60);
    }
    return host + "/" + UUID.randomUUID();
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
