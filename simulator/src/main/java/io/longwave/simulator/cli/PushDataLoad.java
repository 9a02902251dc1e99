package io.longwave.simulator.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator: packet forwarders sending PUSH_DATA (Semtech protocol v2, one rxpk each) to a
 * running Longwave at a fixed rate, counting the PUSH_ACKs that come back, then reading from
 * {@code /metrics} how many uplinks the application's message-driven bean received. A warm-up
 * phase at the same rate runs first and is reported apart (the JIT compiles the receive path
 * during it). With {@code --pid} it also reports the CPU time the Longwave process used.
 *
 * <pre>
 * java -cp simulator/target/classes io.longwave.simulator.cli.PushDataLoad \
 *   --udp 127.0.0.1:1700 --metrics http://127.0.0.1:8080/metrics --rate 20000 --seconds 10 \
 *   [--warmup 5] [--senders 2] [--gateways 100] [--pid 1234]
 * </pre>
 */
public final class PushDataLoad {

  private static final String METRIC = "longwave_gateway_uplinks_total";

  private PushDataLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String[] udp = o.getOrDefault("udp", "127.0.0.1:1700").split(":");
    InetSocketAddress target = new InetSocketAddress(udp[0], Integer.parseInt(udp[1]));
    URI metrics = URI.create(o.getOrDefault("metrics", "http://127.0.0.1:8080/metrics"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "20000"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
    int senders = Integer.parseInt(o.getOrDefault("senders", "2"));
    int gateways = Integer.parseInt(o.getOrDefault("gateways", "100"));
    long pid = Long.parseLong(o.getOrDefault("pid", "0"));

    if (warmup > 0) {
      Run w = run(target, metrics, rate, warmup, senders, gateways, 0);
      System.err.printf("warm-up: %s%n", w);
    }
    Run r = run(target, metrics, rate, seconds, senders, gateways, pid);
    System.out.println(r);
  }

  /** The outcome of one phase of load. */
  private record Run(
      long sent,
      double sendSeconds,
      long acks,
      double delivered,
      double lastDeliverySeconds,
      double serverCpuSeconds) {

    @Override
    public String toString() {
      String cpu =
          serverCpuSeconds < 0
              ? ""
              : String.format(
                  "; Longwave used %.2f CPU s (%.0f%% of one core, %.1f us a datagram)",
                  serverCpuSeconds,
                  100 * serverCpuSeconds / lastDeliverySeconds,
                  1e6 * serverCpuSeconds / Math.max(1, delivered));
      return String.format(
          "sent %d PUSH_DATA in %.2f s (%.0f/s); PUSH_ACK %d (%.2f%% lost); delivered to the MDB"
              + " %.0f (%.2f%% lost), the last %.2f s after the start: %.0f/s end to end%s",
          sent,
          sendSeconds,
          sent / sendSeconds,
          acks,
          100.0 * (sent - acks) / sent,
          delivered,
          100.0 * (sent - delivered) / sent,
          lastDeliverySeconds,
          delivered / lastDeliverySeconds,
          cpu);
    }
  }

  private static Run run(
      InetSocketAddress target, URI metrics, int rate, int seconds, int senders, int gateways,
      long pid)
      throws IOException, InterruptedException {
    double before = metric(metrics);
    double cpuBefore = pid > 0 ? cpuSeconds(pid) : 0;
    long total = (long) rate * seconds;
    AtomicLong acks = new AtomicLong();
    List<Thread> sending = new ArrayList<>();
    List<DatagramChannel> channels = new ArrayList<>();
    long start = System.nanoTime();
    for (int s = 0; s < senders; s++) {
      DatagramChannel ch = DatagramChannel.open();
      ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
      ch.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
      ch.connect(target);
      channels.add(ch);
      start("acks-" + s, () -> countAcks(ch, acks));
      long share = total / senders + (s < total % senders ? 1 : 0);
      int first = s;
      sending.add(
          start(
              "send-" + s,
              () -> send(ch, share, (double) rate / senders, first, senders, gateways, start)));
    }
    for (Thread t : sending) {
      t.join();
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    // Wait until everything acknowledged has been delivered, or until delivery stops moving.
    double delivered = 0;
    long lastChange = System.nanoTime();
    while (System.nanoTime() - lastChange < 3_000_000_000L) {
      double now = metric(metrics) - before;
      if (now != delivered) {
        delivered = now;
        lastChange = System.nanoTime();
      }
      if (delivered >= total && acks.get() >= total) {
        break;
      }
      Thread.sleep(50);
    }
    double lastDeliverySeconds = (lastChange - start) / 1e9;
    double cpu = pid > 0 ? cpuSeconds(pid) - cpuBefore : -1;
    for (DatagramChannel ch : channels) {
      ch.close();
    }
    return new Run(total, sendSeconds, acks.get(), delivered, lastDeliverySeconds, cpu);
  }

  /** User plus system CPU time of a process, from {@code /proc/<pid>/stat} (Linux). */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command name
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  private static Thread start(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void send(
      DatagramChannel ch, long count, double perSecond, int first, int step, int gateways,
      long start) {
    ByteBuffer buf = ByteBuffer.allocate(1024);
    long intervalNanos = (long) (1e9 / perSecond);
    try {
      for (long i = 0; i < count; i++) {
        long due = start + i * intervalNanos;
        long wait = due - System.nanoTime();
        if (wait > 200_000) {
          LockSupport.parkNanos(wait);
        }
        long n = first + i * step;
        buf.clear();
        buf.put(pushData((int) (n & 0xffff), n % gateways, n));
        buf.flip();
        ch.write(buf);
      }
    } catch (IOException e) {
      throw new IllegalStateException("sending failed", e);
    }
  }

  private static void countAcks(DatagramChannel ch, AtomicLong acks) {
    ByteBuffer buf = ByteBuffer.allocate(64);
    try {
      while (ch.isOpen()) {
        buf.clear();
        ch.receive(buf);
        if (buf.position() == 4 && buf.get(3) == 1) {
          acks.incrementAndGet();
        }
      }
    } catch (IOException e) {
      // closed at the end of the run
    }
  }

  /** One PUSH_DATA datagram with a realistic 1-rxpk body (about 250 bytes). */
  static byte[] pushData(int token, long gateway, long n) {
    String json =
        "{\"rxpk\":[{\"time\":\"2026-11-24T06:00:00.000000Z\",\"tmst\":"
            + (n * 1000 & 0xffffffffL)
            + ",\"chan\":2,\"rfch\":0,\"freq\":868.500000,\"stat\":1,\"modu\":\"LORA\","
            + "\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"lsnr\":9.5,\"rssi\":-57,\"size\":23,"
            + "\"data\":\"QAQDAgGAAQABzP7/2Ik6Y5Tq+pc3Rvk=\"}]}";
    byte[] body = json.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(12 + body.length);
    b.put((byte) 2).putShort((short) token).put((byte) 0).putLong(0x00800000a0000000L + gateway);
    b.put(body);
    return b.array();
  }

  private static double metric(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    for (String line : r.body().split("\n")) {
      if (line.startsWith(METRIC)) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }
}
