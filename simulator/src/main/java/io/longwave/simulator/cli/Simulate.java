package io.longwave.simulator.cli;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.simulator.device.Activation;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.device.DevicesFile;
import io.longwave.simulator.device.MacVersion;
import io.longwave.simulator.device.RadioPlan;
import io.longwave.simulator.scenario.Scenario;
import io.longwave.simulator.scenario.ScenarioConfig;
import io.longwave.simulator.scenario.SimulationSummary;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulated gateways and devices against a running Longwave (Semtech UDP, protocol v2).
 *
 * <pre>
 * java -cp ... io.longwave.simulator.cli.Simulate --udp 127.0.0.1:1700 --gateways 3 \
 *   --devices 100 --heard-by 3 --activation otaa --uplink-interval 10s --duration 60s \
 *   --region EU868 --devices-file devices.csv [--report-every 1s]
 * java -cp ... io.longwave.simulator.cli.Simulate --write-devices devices.csv --devices 100 \
 *   [--mac-version 1.0.3]
 * </pre>
 *
 * <p>Options (defaults in brackets): {@code --udp} [127.0.0.1:1700], {@code --gateways} [3],
 * {@code --gateway-eui} base [0016c001ff100000], {@code --devices} [10], {@code --devices-file}
 * (CSV, else random devices), {@code --heard-by} [min(3, gateways)], {@code --activation}
 * otaa|abp [otaa], {@code --mac-version} [1.0.3] for generated devices, {@code --uplink-interval}
 * [10s], {@code --duration} [60s, 0 = until interrupted], {@code --region} [EU868], {@code --dr}
 * [5], {@code --channels} indices like {@code 8-15} [all defaults], {@code --confirmed}
 * true|false [false], {@code --fport} [10], {@code --payload-size} [8], {@code --report-every}
 * (e.g. 1s) [off], {@code --drain} [3s], {@code --seed} [random], {@code --dev-nonce-start} [0],
 * {@code --abp-fcnt-start} [0], {@code --join-eui} [0000000000000000], {@code --net-id} [000000].
 * {@code --write-devices FILE} writes {@code --devices} random devices (keys for OTAA and ABP)
 * and exits.
 */
public final class Simulate {

  private Simulate() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o;
    try {
      o = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    long seed = o.containsKey("seed") ? Long.parseLong(o.get("seed")) : new SecureRandom()
        .nextLong();
    int count = Integer.parseInt(o.getOrDefault("devices", "10"));
    if (o.containsKey("write-devices")) {
      List<DeviceConfig> devices = randomDevices(o, count, new SecureRandom());
      DevicesFile.write(Path.of(o.get("write-devices")), devices);
      System.out.println("wrote " + devices.size() + " devices to " + o.get("write-devices"));
      return;
    }
    List<DeviceConfig> devices = o.containsKey("devices-file")
        ? DevicesFile.read(Path.of(o.get("devices-file")))
        : randomDevices(o, count, new Random(seed));
    if (o.containsKey("devices-file") && o.containsKey("devices")) {
      devices = devices.subList(0, Math.min(count, devices.size()));
    }
    int gateways = Integer.parseInt(o.getOrDefault("gateways", "3"));
    RegionId region = RegionId.parse(o.getOrDefault("region", "EU868"));
    RadioPlan plan = new RadioPlan(Regions.get(region),
        Integer.parseInt(o.getOrDefault("dr", "5")), channels(o.get("channels")));
    ScenarioConfig config = new ScenarioConfig(
        address(o.getOrDefault("udp", "127.0.0.1:1700")),
        gateways,
        Eui64.parse(o.getOrDefault("gateway-eui", "0016c001ff100000")),
        devices,
        Activation.parse(o.getOrDefault("activation", "otaa")),
        Integer.parseInt(o.getOrDefault("heard-by", Integer.toString(Math.min(3, gateways)))),
        plan,
        duration(o.getOrDefault("uplink-interval", "10s")),
        duration(o.getOrDefault("duration", "60s")),
        Boolean.parseBoolean(o.getOrDefault("confirmed", "false")),
        Integer.parseInt(o.getOrDefault("fport", "10")),
        Integer.parseInt(o.getOrDefault("payload-size", "8")),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        duration(o.getOrDefault("drain", "3s")),
        seed,
        Integer.parseInt(o.getOrDefault("dev-nonce-start", "0")),
        Long.parseLong(o.getOrDefault("abp-fcnt-start", "0")));
    System.err.println("simulating " + devices.size() + " devices (" + config.activation()
        + ") on " + gateways + " gateways, heard by " + config.heardBy() + ", against "
        + config.server() + ", seed " + seed);
    Scenario scenario = new Scenario(config);
    Runtime.getRuntime().addShutdownHook(new Thread(scenario::stop));
    String every = o.get("report-every");
    SimulationSummary end = scenario.run(every == null ? null : duration(every),
        every == null ? null : s -> System.out.println(s.line()));
    System.out.println("summary: " + end.line());
  }

  private static List<DeviceConfig> randomDevices(Map<String, String> o, int count,
      Random random) {
    MacVersion version = MacVersion.parse(o.getOrDefault("mac-version", "1.0.3"));
    Eui64 joinEui = Eui64.parse(o.getOrDefault("join-eui", "0000000000000000"));
    NetId netId = NetId.parse(o.getOrDefault("net-id", "000000"));
    Eui64 base = new Eui64(0x0016c001f0000000L | (random.nextInt() & 0xfff000L));
    List<DeviceConfig> devices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      devices.add(DeviceConfig.random(random, base, i, joinEui, netId, version));
    }
    return devices;
  }

  /** {@code 10s}, {@code 500ms}, {@code 2m}, or plain seconds. */
  static Duration duration(String s) {
    String t = s.strip();
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    } else if (t.endsWith("s")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1))
          * 1000));
    } else if (t.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
    } else if (t.endsWith("h")) {
      return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(t));
  }

  /** {@code 0-2,8-15} as a set of channel indices; null stays null (all channels). */
  static BitSet channels(String s) {
    if (s == null) {
      return null;
    }
    BitSet b = new BitSet();
    for (String part : s.split(",")) {
      String[] r = part.strip().split("-");
      int from = Integer.parseInt(r[0].strip());
      int to = r.length > 1 ? Integer.parseInt(r[1].strip()) : from;
      b.set(from, to + 1);
    }
    return b;
  }

  private static InetSocketAddress address(String s) {
    int colon = s.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected host:port, got '" + s + "'");
    }
    return new InetSocketAddress(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
      }
      m.put(args[i].substring(2), args[++i]);
    }
    return m;
  }
}
