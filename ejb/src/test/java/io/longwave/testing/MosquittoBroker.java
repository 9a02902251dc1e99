package io.longwave.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto broker of the test's own on a free loopback port, which a test can stop and start
 * again on the same port, keeping persistent sessions across the restart.
 */
public final class MosquittoBroker implements AutoCloseable {

  private final int port;
  private final Path config;
  private Process process;

  public MosquittoBroker(Path dir, String... extraLines) throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // Mosquitto started as root writes its database as its own user.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    config = dir.resolve("mosquitto-" + port + ".conf");
    StringBuilder conf = new StringBuilder();
    conf.append("listener ").append(port).append(" 127.0.0.1\n");
    conf.append("allow_anonymous true\n");
    // Sessions and queued messages survive a stop and start (saved on SIGTERM).
    conf.append("persistence true\n");
    conf.append("persistence_location ").append(dir).append("/\n");
    for (String line : extraLines) {
      conf.append(line).append('\n');
    }
    Files.writeString(config, conf);
    start();
  }

  public int port() {
    return port;
  }

  public String uri(String scheme) {
    return scheme + "://127.0.0.1:" + port;
  }

  public void start() throws IOException {
    process =
        new ProcessBuilder("mosquitto", "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(config.resolveSibling("mosquitto-" + port + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          throw new IOException("mosquitto exited with " + process.exitValue() + ": "
              + Files.readString(config.resolveSibling("mosquitto-" + port + ".log")), e);
        }
        sleep(50);
      }
    }
    throw new IOException("mosquitto did not listen on " + port);
  }

  public void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      process = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
