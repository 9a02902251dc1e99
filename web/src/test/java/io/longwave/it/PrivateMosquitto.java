package io.longwave.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Mosquitto broker of the test's own, a child process on a loopback port of the build's
 * ({@code longwave.it.mqtt.integration.port}, default 31883), so that the test may stop and start
 * it without touching the shared broker on 1883. It persists its sessions under {@code
 * target/it}, so a persistent subscriber's queued messages survive a restart. Register {@link
 * Started} ahead of the Arquillian extension to have it running before the application deploys.
 */
final class PrivateMosquitto implements AutoCloseable {

  private static volatile PrivateMosquitto running;

  /** The broker {@link Started} runs for the current test class. */
  static PrivateMosquitto running() {
    return running;
  }

  /** Runs a broker for the test class. */
  static final class Started implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
      PrivateMosquitto broker = new PrivateMosquitto();
      broker.start();
      running = broker;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
      PrivateMosquitto broker = running;
      running = null;
      if (broker != null) {
        broker.close();
      }
    }
  }

  private final int port;
  private final Path dir;
  private Process process;

  PrivateMosquitto() throws IOException {
    this.port = Integer.parseInt(System.getProperty("longwave.it.mqtt.integration.port", "31883"));
    this.dir = Path.of(System.getProperty("longwave.it.dir", "target/it"), "mosquitto-" + port);
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve("mosquitto.db"));
    Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
        "listener " + port + " 127.0.0.1",
        "allow_anonymous true",
        // started as root, mosquitto would run as "mosquitto" and could not write its files here
        "user " + System.getProperty("user.name"),
        "persistence true",
        "persistence_location " + dir.toAbsolutePath() + "/",
        "log_dest file " + dir.toAbsolutePath().resolve("mosquitto.log"),
        ""));
  }

  String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  /** Starts the broker and waits until it accepts connections. */
  void start() throws Exception {
    process = new ProcessBuilder("mosquitto", "-c", dir.resolve("mosquitto.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("stdout.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("mosquitto exited with " + process.exitValue()
            + ": " + Files.readString(dir.resolve("stdout.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("mosquitto does not listen on " + port);
  }

  /** Stops the broker (SIGTERM: it saves its sessions) and waits for it to exit. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
