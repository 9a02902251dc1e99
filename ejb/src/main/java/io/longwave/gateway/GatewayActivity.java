package io.longwave.gateway;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.infrastructure.config.Durations;
import io.longwave.lorawan.Eui64;
import io.longwave.network.NetworkServer;
import io.longwave.uplink.dedup.UplinkDeduplication;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What Longwave does with gateway events: keeps registered gateways' last-seen time, statistics
 * and GPS location, counts (and unless configured otherwise drops) traffic of gateways that are
 * not registered, and passes uplinks on to the de-duplication stage and TX acknowledgements to
 * the network server. They are called directly, not through CDI events: an event observed by a
 * session bean makes Weld create a new reference to the bean for every event, which on this path
 * (every copy of every uplink) cost more CPU than the de-duplication itself. Connection changes,
 * which are rare, are CDI events ({@link GatewayConnectionState}).
 *
 * <p>Threading: called concurrently by the gateway event consumer; its state is thread-safe.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayActivity {

  private static final Logger LOG = System.getLogger(GatewayActivity.class.getName());

  @EJB private GatewayRepository gateways;
  @Inject private MetricRegistry metrics;
  @EJB private UplinkDeduplication deduplication;
  @EJB private NetworkServer network;
  @Inject private Event<GatewayConnectionState> connectionStates;

  @Inject
  @ConfigProperty(name = "longwave.gateway.accept-unregistered", defaultValue = "false")
  private boolean acceptUnregistered;

  @Inject
  @ConfigProperty(name = "longwave.gateway.last-seen-interval", defaultValue = "5s")
  private String lastSeenInterval;

  private SeenThrottle seen;
  private RegistrationCache registrations;
  private Counter uplinkCount;
  private Counter unregisteredUplinks;
  private Counter droppedUplinks;
  private Counter statsCount;
  private Counter unregisteredStats;
  private Counter txAckCount;

  @PostConstruct
  void init() {
    Duration interval = Durations.parse("longwave.gateway.last-seen-interval", lastSeenInterval);
    seen = new SeenThrottle(interval);
    registrations = new RegistrationCache(interval);
    uplinkCount = metrics.counter("longwave.gateway.uplinks");
    unregisteredUplinks = metrics.counter("longwave.gateway.unregistered.uplinks");
    droppedUplinks = metrics.counter("longwave.gateway.dropped.uplinks");
    statsCount = metrics.counter("longwave.gateway.stats");
    unregisteredStats = metrics.counter("longwave.gateway.unregistered.stats");
    txAckCount = metrics.counter("longwave.gateway.txacks");
  }

  /** An uplink heard by a gateway. */
  public void uplinkReceived(UplinkFrame frame) {
    uplinkCount.inc();
    Eui64 id = eui(frame.rxInfo().gatewayId());
    long now = System.nanoTime();
    if (registrations.isRegistered(id, now, gateways::exists)) {
      if (seen.due(id, now)) {
        gateways.markSeen(id, Instant.now());
      }
    } else {
      unregisteredUplinks.inc();
      if (!acceptUnregistered) {
        droppedUplinks.inc();
        return;
      }
    }
    deduplication.uplinkReceived(frame);
  }

  /** A gateway's statistics: kept with its location for registered gateways only. */
  public void statsReceived(GatewayStats stats) {
    statsCount.inc();
    Eui64 id = eui(stats.gatewayId());
    if (!registrations.isRegistered(id, System.nanoTime(), gateways::exists)) {
      unregisteredStats.inc();
      return;
    }
    Instant at = stats.time() != null ? stats.time() : Instant.now();
    gateways.markSeen(id, Instant.now());
    gateways.addStats(
        new GatewayStatsRecord(
            id,
            at,
            stats.rxPacketsReceived(),
            stats.rxPacketsReceivedOk(),
            stats.txPacketsReceived(),
            stats.txPacketsEmitted()));
    GatewayLocation loc = stats.location();
    if (loc != null && loc.source() == LocationSource.GPS) {
      gateways.find(id).ifPresent(
          g -> {
            g.locate(loc.latitude(), loc.longitude(), loc.altitude(), "GPS", Instant.now());
            gateways.save(g);
          });
    }
  }

  /** The final outcome of a downlink. */
  public void txAckReceived(DownlinkTxAck ack) {
    txAckCount.inc();
    network.txAck(ack);
  }

  /** A gateway connected or went away. */
  public void connectionChanged(GatewayConnectionState state) {
    LOG.log(
        Level.INFO,
        "gateway {0} is {1}",
        state.gatewayId(),
        state.online() ? "online" : "offline");
    if (state.online()) {
      registrations.invalidate(eui(state.gatewayId()));
    }
    connectionStates.fire(state);
  }

  /** Forgets cached knowledge of a gateway after it was registered or deleted. */
  public void registrationChanged(Eui64 gatewayId) {
    registrations.invalidate(gatewayId);
    seen.forget(gatewayId);
  }

  private static Eui64 eui(GatewayId id) {
    return new Eui64(id.value());
  }
}
