package io.longwave.network;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.domain.device.CachedDeviceProfiles;
import io.longwave.domain.device.DevNonceRepository;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.gateway.GatewayRegions;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.multicast.MulticastGroupRepository;
import io.longwave.domain.multicast.MulticastQueueRepository;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.PingSlotDownlinks;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.SharedDownlinkContexts;
import io.longwave.downlink.TieredDownlinkContextRepository;
import io.longwave.downlink.data.ClassADownlinkFlow;
import io.longwave.downlink.data.ClassBDownlinkFlow;
import io.longwave.downlink.data.ClassCDownlinkFlow;
import io.longwave.downlink.join.JoinAcceptContexts;
import io.longwave.downlink.multicast.MulticastDownlinkFlow;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.downlink.multicast.MulticastScheduler;
import io.longwave.downlink.multicast.MulticastTxAckFlow;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.downlink.scheduler.DeviceQueueScheduler;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.framelog.DeviceActivity;
import io.longwave.framelog.DeviceStateQuery;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.gateway.GatewayBridgeService;
import io.longwave.infrastructure.concurrency.NetworkScheduler;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.mac.MacCommandDispatcher;
import io.longwave.session.CachedDeviceSessions;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.UplinkRouter;
import io.longwave.uplink.data.AesKeyContextCache;
import io.longwave.uplink.data.DataUplinkFlow;
import io.longwave.uplink.data.UplinkDrops;
import io.longwave.uplink.join.DevAddrAllocator;
import io.longwave.uplink.join.JoinOutcome;
import io.longwave.uplink.join.JoinRejection;
import io.longwave.uplink.join.JoinRequestFlow;
import io.longwave.uplink.join.RejoinRequestFlow;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The network server in the container: builds the flows once, with the database repositories,
 * the gateway bridge and the application event bus as their edges, and feeds them: every
 * de-duplicated uplink to the uplink router, every TX acknowledgement to the join-accept record
 * or the TX-ack flow; and runs the Class C, Class B and multicast downlink schedulers every {@code
 * longwave.network.scheduler-interval} on the network scheduler, each run scheduling the next
 * when it ends, so that runs never overlap; the same loop writes the devices' last-seen times
 * that wait ({@link DeviceActivity#flush}) and deletes expired downlink contexts once a minute.
 * The flows read device profiles through a short-lived cache ({@link CachedDeviceProfiles}) and
 * device sessions through {@link CachedDeviceSessions}. Downlink contexts are kept in memory,
 * and with {@link DownlinkContextStore#DATABASE} in the database too, so that a TX
 * acknowledgement handled by another instance on the same database finds its downlink. The flows
 * take their own transactions through the repositories; this bean takes none.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "GatewayBridgeService"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NetworkServer {

  private static final Logger LOG = System.getLogger(NetworkServer.class.getName());
  /** Class C devices handled per scheduler run (ChirpStack's default batch size). */
  private static final int SCHEDULER_BATCH_SIZE = 100;
  /** How often the downlink contexts whose acknowledgement never came are deleted. */
  private static final Duration CONTEXT_CLEANUP_INTERVAL = Duration.ofMinutes(1);

  @EJB private DeviceRepository devices;
  @EJB private DeviceProfileRepository profiles;
  @EJB private DevNonceRepository devNonces;
  @EJB private DeviceSessionRepository sessions;
  @EJB private DeviceQueueRepository queue;
  @EJB private GatewayBridgeService bridge;
  @Inject private ApplicationEvents events;
  @Inject private MetricRegistry metrics;
  @EJB private NetworkScheduler scheduler;
  @EJB private MulticastGroupRepository multicastGroups;
  @EJB private MulticastQueueRepository multicastQueue;
  @EJB private GatewayRegions gatewayRegions;
  @EJB private SharedDownlinkContexts sharedContexts;

  private UplinkRouter router;
  private TxAckFlow txAcks;
  private InMemoryFrameLog frameLog;
  private DeviceStateQuery deviceStates;
  private DeviceActivity activity;
  private final UplinkDrops drops = new UplinkDrops();
  private DeviceQueueScheduler classC;
  private DeviceQueueScheduler classB;
  private MulticastScheduler multicast;
  private Duration schedulerInterval;
  private Clock clock;
  private Instant nextContextCleanup = Instant.MIN;
  private volatile boolean stopped;

  @PostConstruct
  void init() {
    NetworkConfiguration config =
        NetworkConfiguration.read(
            key -> ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null));
    NetworkSettings settings = config.settings();
    clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    DeviceProfileRepository cachedProfiles =
        new CachedDeviceProfiles(profiles, clock, CachedDeviceProfiles.DEFAULT_TTL);
    GatewayDownlinks gateways = bridge::sendDownlink;
    GatewaySelector selector = new GatewaySelector(settings.gatewayMinMarginDb(), random);
    DownlinkContextStore contextStore = DownlinkContextStore.of(
        ConfigProvider.getConfig().getOptionalValue(
            "longwave.network.downlink-context-store", String.class).orElse(null),
        ConfigProvider.getConfig().getOptionalValue(
            "longwave.network.deduplication-store", String.class).orElse(null));
    DownlinkContextRepository contexts = contextStore == DownlinkContextStore.DATABASE
        ? new TieredDownlinkContextRepository(new InMemoryDownlinkContextRepository(),
            sharedContexts)
        : new InMemoryDownlinkContextRepository();
    LOG.log(Level.INFO, "downlink contexts kept in {0}",
        contextStore == DownlinkContextStore.DATABASE ? "memory and the database" : "memory");
    frameLog =
        new InMemoryFrameLog(
            InMemoryFrameLog.configuredSize(
                key -> ConfigProvider.getConfig().getOptionalValue(key, String.class)
                    .orElse(null)));
    activity = new DeviceActivity(devices);
    DeviceSessionRepository flowSessions = flowSessions(
        SessionCacheSettings.read(
            key -> ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null)));
    ReceptionRegions receptions =
        new ReceptionRegions(gatewayRegions::regionOf, ReceptionRegions.DEFAULT_TTL, clock);
    deviceStates = new DeviceStateQuery(devices, sessions, activity);

    JoinAcceptFlow joinAccepts =
        new JoinAcceptFlow(gateways, selector, new JoinAcceptContexts(contexts), settings, random,
            frameLog, clock);
    JoinRequestFlow joins =
        new JoinRequestFlow(devices, cachedProfiles, devNonces, flowSessions, queue, joinAccepts,
            events,
            settings, config.regions(), new DevAddrAllocator(settings.netId(), random), frameLog,
            receptions, clock);
    RejoinRequestFlow rejoins =
        new RejoinRequestFlow(devices, cachedProfiles, devNonces, flowSessions, queue, joinAccepts,
            events,
            settings, config.regions(), new DevAddrAllocator(settings.netId(), random), drops,
            clock);
    ClassADownlinkFlow classA =
        new ClassADownlinkFlow(settings, queue, gateways, contexts, events, random, frameLog,
            clock);
    DataUplinkFlow data =
        new DataUplinkFlow(flowSessions, devices, cachedProfiles, queue, new MacCommandDispatcher(),
            events,
            classA,
            (delay, task) -> scheduler.schedule(task, delay),
            settings, drops, new AesKeyContextCache(4096), frameLog, activity, receptions, clock);
    router =
        new UplinkRouter(
            (set, phy) -> countJoin(joins.handle(set, (JoinRequestPayload) phy.payload())),
            data,
            (set, phy) -> countRejoin(rejoins.rejoin(set, phy)),
            drops);
    MulticastTxAckFlow multicastAcks = new MulticastTxAckFlow(
        (gateway, status) -> metrics.counter("longwave.multicast.txack.errors",
            new Tag("gateway", gateway.toString()),
            new Tag("status", status.name().toLowerCase(java.util.Locale.ROOT))).inc());
    txAcks =
        new TxAckFlow(contexts, flowSessions, queue, devices, cachedProfiles, events, frameLog,
            clock, multicastAcks,
            () -> metrics.counter("longwave.join.accepts.acknowledged").inc());
    classC =
        new DeviceQueueScheduler(DeviceClass.C, queue, sessions, devices, events,
            new ClassCDownlinkFlow(settings, queue, gateways, contexts, events, random, frameLog),
            DeviceQueueScheduler.DEFAULT_LOCK);
    classB =
        new DeviceQueueScheduler(DeviceClass.B, queue, sessions, devices, events,
            new ClassBDownlinkFlow(settings, devices, cachedProfiles, queue, gateways, contexts,
                events,
                random, frameLog, PingSlotDownlinks.DEFAULT_SCHEDULING_MARGIN),
            DeviceQueueScheduler.DEFAULT_LOCK);
    multicast =
        new MulticastScheduler(multicastGroups, multicastQueue,
            new MulticastDownlinkFlow(settings, gateways, random, contexts, frameLog, clock),
            MulticastQueuePlan.defaults());
    schedulerInterval = config.schedulerInterval();
    scheduler.schedule(this::runSchedulers, schedulerInterval);
    for (String reason : UplinkDrops.REASONS) {
      metrics.gauge(
          new MetricID("longwave.uplink.dropped", new Tag("reason", reason)),
          drops, d -> d.get(reason));
    }
    LOG.log(Level.INFO,
        "network server started: NetID {0}, get-downlink-data delay {1}, scheduler interval {2}",
        settings.netId(), settings.getDownlinkDataDelay(), schedulerInterval);
  }

  @PreDestroy
  void stop() {
    stopped = true;
    flushDeviceActivity();
  }

  /** Writes the devices' last-seen times that wait (they are written behind the uplinks). */
  private void flushDeviceActivity() {
    try {
      activity.flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "writing the devices' last-seen times failed", e);
    }
  }

  /** One run of the Class C, Class B and multicast schedulers; then the next, until the end. */
  private void runSchedulers() {
    if (stopped) {
      return;
    }
    try {
      classC.runOnce(clock.instant(), SCHEDULER_BATCH_SIZE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Class C scheduler run failed", e);
    }
    try {
      classB.runOnce(clock.instant(), SCHEDULER_BATCH_SIZE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Class B scheduler run failed", e);
    }
    try {
      multicast.runOnce(clock.instant(), SCHEDULER_BATCH_SIZE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "multicast scheduler run failed", e);
    }
    flushDeviceActivity();
    try {
      deleteExpiredDownlinkContexts();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "deleting expired downlink contexts failed", e);
    } finally {
      if (!stopped) {
        try {
          scheduler.schedule(this::runSchedulers, schedulerInterval);
        } catch (RuntimeException e) {
          // the network scheduler shuts down (RejectedExecutionException, maybe in an EJBException)
          LOG.log(Level.DEBUG, "network scheduler stopped; Class C scheduler ends");
        }
      }
    }
  }

  /** Rows of acknowledgements that never came, at most once per cleanup interval. */
  private void deleteExpiredDownlinkContexts() {
    Instant now = clock.instant();
    if (now.isBefore(nextContextCleanup)) {
      return;
    }
    nextContextCleanup = now.plus(CONTEXT_CLEANUP_INTERVAL);
    int n = sharedContexts.deleteExpired(now);
    if (n > 0) {
      LOG.log(Level.DEBUG, "{0} expired downlink contexts deleted", n);
    }
  }

  /** A de-duplicated uplink, from the de-duplication stage. */
  public void uplink(UplinkFrameSet set) {
    try {
      router.route(set);
    } catch (RuntimeException e) {
      drops.count(UplinkDrops.ERROR);
      LOG.log(Level.WARNING, "handling uplink " + set.deduplicationId() + " failed", e);
    }
  }

  /** A gateway's acknowledgement of a downlink, from the gateway layer. */
  public void txAck(DownlinkTxAck ack) {
    try {
      txAcks.handle(ack);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "handling the TX acknowledgement of " + ack.downlinkId() + " failed",
          e);
    }
  }

  /** The frame log of every device and gateway, for the API and live streams. */
  public FrameLog frameLog() {
    return frameLog;
  }

  /** Device state for the API and console. */
  public DeviceStateQuery deviceStates() {
    return deviceStates;
  }

  /** Rejoins of devices that are not LoRaWAN 1.1 are counted as dropped uplinks by the flow. */
  private void countRejoin(JoinOutcome outcome) {
    if (outcome instanceof JoinOutcome.Rejected r) {
      if (r.reason() != JoinRejection.REJOIN_NOT_SUPPORTED) {
        metrics.counter("longwave.rejoin.rejected", new Tag("reason", r.reason().name()
            .toLowerCase(java.util.Locale.ROOT))).inc();
        LOG.log(Level.INFO, "rejoin-request rejected: {0} {1}", r.reason(), r.detail());
      }
    } else {
      metrics.counter("longwave.rejoin.accepted").inc();
    }
  }

  private void countJoin(JoinOutcome outcome) {
    if (outcome instanceof JoinOutcome.Rejected r) {
      metrics.counter("longwave.join.rejected", new Tag("reason", r.reason().name().toLowerCase(
          java.util.Locale.ROOT))).inc();
      LOG.log(Level.INFO, "join-request rejected: {0} {1}", r.reason(), r.detail());
    } else {
      metrics.counter("longwave.join.accepted").inc();
    }
  }

  /**
   * The sessions the uplink, join and TX acknowledgement flows read and save: kept in memory in
   * front of the database unless configured off. Each of these flows ends in a versioned save or
   * looks again before it drops a frame, so a stale kept session costs a second read, never a
   * wrong result. The schedulers and the device-state query read the database, because they
   * send or show what they read without saving it.
   */
  private DeviceSessionRepository flowSessions(SessionCacheSettings cache) {
    if (!cache.enabled()) {
      LOG.log(Level.INFO, "device sessions read from the database on every uplink");
      return sessions;
    }
    LOG.log(Level.INFO, "up to {0} device sessions kept in memory for {1}",
        String.valueOf(cache.maxSessions()), cache.ttl());
    return new CachedDeviceSessions(sessions, clock, cache.ttl(), cache.maxSessions());
  }
}
