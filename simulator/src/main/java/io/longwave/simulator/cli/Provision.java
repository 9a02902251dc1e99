package io.longwave.simulator.cli;

import io.longwave.lorawan.Aes128Key;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.device.DevicesFile;
import io.longwave.simulator.http.KeepAliveConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provisioning benchmark over the ChirpStack v3 REST API: logs in, creates an organization, a
 * service profile, an application and an OTAA device profile, then N devices with their root
 * keys ({@code POST /api/devices} and {@code POST /api/devices/{devEUI}/keys}) from several
 * threads, and reports devices per second. Every answer must be 200; the first failure is
 * printed and the run fails.
 *
 * <pre>
 * java -cp simulator/target/classes io.longwave.simulator.cli.Provision \
 *   --api http://127.0.0.1:8080/api --password secret --devices 10000 --threads 8 \
 *   [--user admin] [--prefix 70b3d5] [--devices-file devices.csv]
 * </pre>
 *
 * <p>With {@code --devices-file} (the CSV {@code Simulate --write-devices} writes) the devices
 * are those of the file, with their root keys, so that the simulator can then play them: a
 * LoRaWAN 1.0 device's AppKey goes into {@code nwkKey}, as ChirpStack v3 keeps it.
 */
public final class Provision {

  private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

  private final URI api;
  private final String basePath;
  // HTTP/1.1 with a kept-alive connection per thread, as the scripts of ChirpStack users talk to
  // its API, and light enough not to take the CPU of a server on the same machine
  private final ThreadLocal<KeepAliveConnection> connection;
  private String token;

  private Provision(URI api) {
    this.api = api;
    this.basePath = api.getRawPath();
    this.connection = ThreadLocal.withInitial(() -> new KeepAliveConnection(api));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    URI api = URI.create(o.getOrDefault("api", "http://127.0.0.1:8080/api").replaceAll("/$", ""));
    int devices = Integer.parseInt(o.getOrDefault("devices", "10000"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "8"));
    String prefix = o.getOrDefault("prefix", String.format("%06x",
        (int) (System.nanoTime() & 0xffffff)));
    if (!prefix.matches("[0-9a-f]{6}")) {
      throw new IllegalArgumentException("--prefix is 6 hex digits");
    }
    Provision p = new Provision(api);
    p.login(o.getOrDefault("user", "admin"), o.getOrDefault("password", ""));
    String run = "provision-" + prefix;
    String org = p.create("/organizations", "{\"organization\":{\"name\":\"" + run
        + "\",\"displayName\":\"" + run + "\",\"canHaveGateways\":true}}");
    String sp = p.create("/service-profiles", "{\"serviceProfile\":{\"name\":\"" + run
        + "\",\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\"}}");
    String app = p.create("/applications", "{\"application\":{\"name\":\"" + run
        + "\",\"organizationID\":\"" + org + "\",\"serviceProfileID\":\"" + sp + "\"}}");
    String dp = p.create("/device-profiles", "{\"deviceProfile\":{\"name\":\"" + run
        + "\",\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\","
        + "\"macVersion\":\"1.0.3\",\"regParamsRevision\":\"A\",\"rfRegion\":\"EU868\","
        + "\"supportsJoin\":true,\"uplinkInterval\":\"3600s\"}}");
    System.err.printf("organization %s, service profile %s, application %s, device profile %s%n",
        org, sp, app, dp);
    List<DeviceKeys> keys = o.containsKey("devices-file")
        ? DevicesFile.read(Path.of(o.get("devices-file"))).stream()
            .filter(DeviceConfig::supportsOtaa)
            .limit(o.containsKey("devices") ? devices : Long.MAX_VALUE)
            .map(DeviceKeys::of)
            .toList()
        : generated(prefix, devices);
    Result r = p.devices(keys, threads, app, dp);
    System.out.println(r);
    System.exit(r.failed() > 0 ? 1 : 0);
  }

  /** How a run went. */
  record Result(int devices, int threads, long failed, double seconds, String firstFailure) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%d devices with keys, %d threads: %.2f s, %.0f devices/s (%.0f requests/s), %d failed%s",
          devices, threads, seconds, (devices - failed) / seconds,
          2 * (devices - failed) / seconds, failed,
          firstFailure == null ? "" : "; first failure: " + firstFailure);
    }
  }

  /** A device to create: its DevEUI and the {@code deviceKeys} body of its root keys. */
  record DeviceKeys(String devEui, String keysJson) {

    static DeviceKeys of(DeviceConfig d) {
      Aes128Key nwk = d.nwkKey() != null ? d.nwkKey() : d.appKey();
      String app = d.nwkKey() != null ? ",\"appKey\":\"" + d.appKey().toHex() + "\"" : "";
      return new DeviceKeys(d.devEui().toString(),
          "{\"deviceKeys\":{\"nwkKey\":\"" + nwk.toHex() + "\"" + app + "}}");
    }
  }

  /** N devices under the prefix, each with a root key made of its own DevEUI. */
  private static List<DeviceKeys> generated(String prefix, int n) {
    List<DeviceKeys> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String eui = prefix + String.format("%010x", i);
      keys.add(new DeviceKeys(eui,
          "{\"deviceKeys\":{\"nwkKey\":\"" + eui + eui.substring(0, 16) + "\"}}"));
    }
    return keys;
  }

  private Result devices(List<DeviceKeys> devices, int threads, String app, String dp)
      throws InterruptedException {
    int n = devices.size();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong failed = new AtomicLong();
    String[] first = new String[1];
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    int perThread = (n + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * perThread;
      int to = Math.min(n, from + perThread);
      futures.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          String eui = devices.get(i).devEui();
          try {
            post("/devices", "{\"device\":{\"devEUI\":\"" + eui + "\",\"name\":\"dev-" + eui
                + "\",\"applicationID\":\"" + app + "\",\"deviceProfileID\":\"" + dp + "\"}}");
            post("/devices/" + eui + "/keys", devices.get(i).keysJson());
          } catch (IOException | RuntimeException e) {
            if (failed.incrementAndGet() == 1) {
              first[0] = eui + ": " + e.getMessage();
            }
          }
        }
        connection.get().close();
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(n, threads, failed.get(), seconds, first[0]);
  }

  private void login(String user, String password) throws IOException {
    String body = "{\"email\":\"" + user + "\",\"password\":\"" + password + "\"}";
    KeepAliveConnection.Response r = connection.get().send("POST",
        basePath + "/internal/login", body, "Content-Type", "application/json",
        "Accept", "application/json");
    if (r.status() != 200) {
      throw new IllegalStateException("login failed: " + r.status() + " " + r.body());
    }
    token = field(r.body(), "jwt");
  }

  /** POSTs and returns the {@code id} of the answer. */
  private String create(String path, String body) throws IOException {
    return field(post(path, body), "id");
  }

  private String post(String path, String body) throws IOException {
    KeepAliveConnection.Response r = connection.get().send("POST", basePath + path, body,
        "Content-Type", "application/json", "Accept", "application/json",
        "Grpc-Metadata-Authorization", "Bearer " + token);
    if (r.status() != 200) {
      throw new IllegalStateException("POST " + api + path + ": " + r.status() + " " + r.body());
    }
    return r.body();
  }

  private static String field(String json, String name) {
    Matcher m = STRING_FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("no \"" + name + "\" in " + json);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }
}
