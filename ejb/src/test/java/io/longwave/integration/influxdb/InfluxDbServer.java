package io.longwave.integration.influxdb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A private InfluxDB 1.x server ({@code influxd} from the Debian package) for one test: its own
 * configuration, data directory and free loopback ports; it can be stopped and started again on
 * the same data.
 */
final class InfluxDbServer {

  private final Path dir;
  private final int httpPort;
  private final HttpClient client = HttpClient.newHttpClient();
  private Process process;

  InfluxDbServer(Path dir) throws IOException {
    this.dir = dir;
    this.httpPort = freePort();
    int rpcPort = freePort();
    Path data = dir.resolve("data");
    String config = String.join("\n",
        "reporting-disabled = true",
        "bind-address = \"127.0.0.1:" + rpcPort + "\"",
        "[meta]", "  dir = \"" + data.resolve("meta") + "\"",
        "[data]", "  dir = \"" + data.resolve("data") + "\"",
        "  wal-dir = \"" + data.resolve("wal") + "\"",
        "  query-log-enabled = false",
        "[monitor]", "  store-enabled = false",
        "[http]", "  bind-address = \"127.0.0.1:" + httpPort + "\"",
        "  log-enabled = false",
        "[continuous_queries]", "  enabled = false", "");
    Files.writeString(dir.resolve("influxdb.conf"), config);
  }

  /** True when {@code influxd} is on the PATH. */
  static boolean installed() {
    for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(p, "influxd"))) {
        return true;
      }
    }
    return false;
  }

  URI writeEndpoint() {
    return URI.create("http://127.0.0.1:" + httpPort + "/write");
  }

  void start() throws Exception {
    process = new ProcessBuilder("influxd", "-config", dir.resolve("influxdb.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("influxd.log").toFile()))
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("influxd exited: " + Files.readString(
            dir.resolve("influxd.log")));
      }
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + httpPort + "/ping")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 204) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("influxd did not answer /ping within 60 s");
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Runs an InfluxQL statement and returns the JSON answer. */
  String query(String db, String q) throws Exception {
    String url = "http://127.0.0.1:" + httpPort + "/query?epoch=ns"
        + (db == null ? "" : "&db=" + db) + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(q + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
