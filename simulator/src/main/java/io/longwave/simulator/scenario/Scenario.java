package io.longwave.simulator.scenario;

import io.longwave.lorawan.Eui64;
import io.longwave.simulator.device.Activation;
import io.longwave.simulator.device.SimulatedDevice;
import io.longwave.simulator.device.UplinkRadio;
import io.longwave.simulator.gateway.SimulatedGateway;
import io.longwave.simulator.metrics.LatencyRecorder;
import io.longwave.simulator.metrics.SimulationCounters;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One simulation run. {@link #start()} opens the gateways, sends their first PULL_DATA and waits
 * (up to 2 s) for the PULL_ACKs, then schedules the keep-alives, the stat reports and every device
 * at its uplink interval, starting at random offsets within the first interval. At each tick a
 * device that has not joined sends a join-request, one that has sends a data uplink; each frame is
 * forwarded by the gateways of its {@link Coverage}, and its latency clock starts at the first
 * PUSH_DATA. {@link #stop()} stops the devices, waits the drain time for late answers, then
 * closes everything.
 *
 * <p>Thread-safe for {@link #stop()} and {@link #summary()} from any thread. Not reusable: one run
 * per instance.
 */
public final class Scenario implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Scenario.class.getName());

  private final ScenarioConfig config;
  private final Coverage coverage;
  private final SimulationCounters counters = new SimulationCounters();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final DeviceDirectory directory = new DeviceDirectory(counters, latency);
  private final List<SimulatedGateway> gateways = new ArrayList<>();
  private final List<SimulatedDevice> devices = new ArrayList<>();
  private final ScheduledExecutorService scheduler;
  private final ScheduledExecutorService deviceTicks;
  private final Random random;
  private volatile long startNanos;
  private volatile boolean stopped;

  public Scenario(ScenarioConfig config) {
    this.config = config;
    this.coverage = new Coverage(config.gateways(), config.heardBy());
    this.random = new Random(config.seed());
    this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("simulator-gateways"));
    this.deviceTicks = Executors.newScheduledThreadPool(2, daemon("simulator-devices"));
    for (int i = 0; i < config.devices().size(); i++) {
      devices.add(new SimulatedDevice(config.devices().get(i), config.activation(),
          new Random(config.seed() * 1_000_003L + i), config.devNonceStart(),
          config.abpFCntUp()));
    }
  }

  /** The simulated devices, in the order of the configuration. */
  public List<SimulatedDevice> devices() {
    return List.copyOf(devices);
  }

  /** The simulated gateways (after {@link #start()}). */
  public List<SimulatedGateway> gateways() {
    return List.copyOf(gateways);
  }

  /** Opens the gateways and starts sending. */
  public void start() throws IOException, InterruptedException {
    startNanos = System.nanoTime();
    for (int g = 0; g < config.gateways(); g++) {
      Eui64 eui = new Eui64(config.gatewayEuiBase().value() + g);
      gateways.add(new SimulatedGateway(eui, config.server(), directory, counters,
          config.seed() + g));
    }
    for (SimulatedGateway g : gateways) {
      g.sendPullData();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    for (SimulatedGateway g : gateways) {
      long left = deadline - System.nanoTime();
      if (!g.awaitPullAck(Math.max(0, left), TimeUnit.NANOSECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "gateway " + g.eui() + ": no PULL_ACK yet");
      }
    }
    long keepAlive = config.keepAlive().toMillis();
    scheduler.scheduleAtFixedRate(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    long stat = config.statInterval().toMillis();
    scheduler.scheduleAtFixedRate(this::stats, stat, stat, TimeUnit.MILLISECONDS);
    if (config.activation() == Activation.ABP) {
      devices.forEach(directory::registerSession);
    }
    long interval = config.uplinkInterval().toNanos();
    for (int i = 0; i < devices.size(); i++) {
      int index = i;
      long offset = (long) (random.nextDouble() * interval);
      deviceTicks.scheduleAtFixedRate(() -> tick(index), offset, interval,
          TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Runs for the configured duration (until {@link #stop()} when it is zero), reporting every
   * {@code reportEvery} when {@code report} is not null, then stops.
   */
  public SimulationSummary run(Duration reportEvery, Consumer<SimulationSummary> report)
      throws IOException, InterruptedException {
    start();
    if (report != null) {
      long every = reportEvery.toMillis();
      scheduler.scheduleAtFixedRate(() -> report.accept(summary()), every, every,
          TimeUnit.MILLISECONDS);
    }
    long end = config.duration().isZero() ? Long.MAX_VALUE
        : startNanos + config.duration().toNanos();
    while (!stopped && System.nanoTime() < end) {
      long left = end - System.nanoTime();
      synchronized (this) {
        if (!stopped) {
          TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
        }
      }
    }
    stop();
    return summary();
  }

  /** The counters and latency now. */
  public SimulationSummary summary() {
    long start = startNanos;
    return new SimulationSummary(Duration.ofNanos(start == 0 ? 0 : System.nanoTime() - start),
        counters.snapshot(), latency.snapshot());
  }

  /** Stops the devices, waits the drain time, closes the gateways. Idempotent. */
  public void stop() {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      notifyAll();
    }
    // shutdown(), not shutdownNow(): interrupting a send would close the gateway's channel.
    deviceTicks.shutdown();
    try {
      deviceTicks.awaitTermination(5, TimeUnit.SECONDS);
      Thread.sleep(config.drain().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scheduler.shutdown();
    for (SimulatedGateway g : gateways) {
      try {
        g.close();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "closing gateway " + g.eui() + ": " + e);
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void tick(int index) {
    if (stopped) {
      return;
    }
    SimulatedDevice d = devices.get(index);
    try {
      UplinkRadio radio = config.radioPlan().pick(ThreadLocalRandom.current());
      if (!d.joined()) {
        if (!d.joinRequestDue(System.nanoTime())) {
          return; // still listening for the join-accept of the last request
        }
        byte[] frame = d.joinRequest();
        counters.joinRequests.increment();
        forward(index, d, frame, radio, true);
      } else {
        byte[] payload = new byte[config.payloadLength()];
        ThreadLocalRandom.current().nextBytes(payload);
        byte[] frame = d.nextUplink(config.confirmed(), config.fPort(), payload, radio);
        counters.uplinks.increment();
        if (config.confirmed()) {
          counters.confirmedUplinks.increment();
        }
        forward(index, d, frame, radio, false);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "device " + d.config().devEui() + ": " + e);
    }
  }

  private void forward(int index, SimulatedDevice d, byte[] frame, UplinkRadio radio,
      boolean join) throws IOException {
    d.markSent(System.nanoTime());
    for (int k = 0; k < coverage.heardBy(); k++) {
      int g = coverage.gateway(index, k);
      SimulatedGateway gw = gateways.get(g);
      long tmst = gw.tmstNow();
      if (join) {
        directory.joinRequestForwarded(d, gw.eui(), tmst);
      }
      gw.forward(frame, radio, coverage.rssiDbm(index, g), coverage.snrDb(index, g), tmst);
    }
  }

  private void keepAlive() {
    for (SimulatedGateway g : gateways) {
      try {
        g.sendPullData();
        g.expireAcks();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "gateway " + g.eui() + ": " + e);
      }
    }
    directory.expire();
  }

  private void stats() {
    for (SimulatedGateway g : gateways) {
      try {
        g.sendStatus();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "gateway " + g.eui() + ": " + e);
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
