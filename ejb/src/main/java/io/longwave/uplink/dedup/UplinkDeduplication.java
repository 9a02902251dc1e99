package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.infrastructure.concurrency.NetworkScheduler;
import io.longwave.infrastructure.config.Durations;
import io.longwave.network.NetworkServer;
import io.longwave.uplink.UplinkFrameSet;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The de-duplication stage in the container: takes every uplink reception the gateway layer
 * accepted, and hands one {@link UplinkFrameSet} per uplink to the {@link NetworkServer}, on the network scheduler's threads,
 * after {@code longwave.network.deduplication-delay}. With {@code
 * longwave.network.deduplication-store=grid} the windows live in the data grid's JCache, so that
 * instances clustered by Payara de-duplicate as one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UplinkDeduplication {

  private static final Logger LOG = System.getLogger(UplinkDeduplication.class.getName());

  @EJB private NetworkScheduler scheduler;
  @EJB private NetworkServer network;
  @Inject private MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "longwave.network.deduplication-delay", defaultValue = "200ms")
  private String delaySetting;

  @Inject
  @ConfigProperty(name = "longwave.network.deduplication-store", defaultValue = "memory")
  private String storeSetting;

  private UplinkDeduplicator deduplicator;
  private Counter opened;
  private Counter joined;
  private Counter handled;
  private Counter failed;

  @PostConstruct
  void init() {
    Duration delay = Durations.parse("longwave.network.deduplication-delay", delaySetting);
    opened = metrics.counter("longwave.uplink.deduplication.uplinks");
    joined = metrics.counter("longwave.uplink.deduplication.copies");
    handled = metrics.counter("longwave.uplink.frame.sets");
    failed = metrics.counter("longwave.uplink.frame.sets.failed");
    deduplicator =
        new UplinkDeduplicator(
            store(delay),
            scheduler::schedule,
            delay,
            this::handOn,
            Clock.systemUTC());
    LOG.log(Level.INFO, "uplink de-duplication: {0} window, {1} store", delay, storeSetting);
  }

  private DeduplicationStore store(Duration delay) {
    return switch (storeSetting.trim()) {
      case "memory" -> new InMemoryDeduplicationStore();
      case "grid" ->
          GridDeduplicationStore.open(
              CDI.current().select(CacheManager.class).get(),
              delay.multipliedBy(3).plusSeconds(2));
      default ->
          throw new IllegalStateException(
              "longwave.network.deduplication-store must be memory or grid, got " + storeSetting);
    };
  }

  /** One reception, from the gateway layer. */
  public void uplinkReceived(UplinkFrame frame) {
    if (deduplicator.collect(frame)) {
      opened.inc();
    } else {
      joined.inc();
    }
  }

  private void handOn(UplinkFrameSet set) {
    try {
      network.uplink(set);
      handled.inc();
    } catch (RuntimeException e) {
      failed.inc();
      LOG.log(Level.WARNING, "handling uplink " + set.deduplicationId() + " failed", e);
    }
  }
}
