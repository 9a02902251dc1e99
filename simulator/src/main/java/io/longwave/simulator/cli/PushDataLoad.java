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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator: packet forwarders sending PUSH_DATA (Semtech protocol v2, one rxpk each) to a
 * running Longwave at a fixed rate, counting the PUSH_ACKs that come back, then reading from
 * {@code /metrics} how many uplinks the application's message-driven bean received.
 *
 * <pre>
 * java -cp simulator/target/classes io.longwave.simulator.cli.PushDataLoad \
 *   --udp 127.0.0.1:1700 --metrics http://127.0.0.1:8080/metrics --rate 20000 --seconds 10
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
    int senders = Integer.parseInt(o.getOrDefault("senders", "2"));
    int gateways = Integer.parseInt(o.getOrDefault("gateways", "100"));

    double before = metric(metrics);
    long total = (long) rate * seconds;
    AtomicLong acks = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    List<DatagramChannel> channels = new ArrayList<>();
    long start = System.nanoTime();
    for (int s = 0; s < senders; s++) {
      DatagramChannel ch = DatagramChannel.open();
      ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
      ch.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
      ch.connect(target);
      channels.add(ch);
      threads.add(start("acks-" + s, () -> countAcks(ch, acks)));
      long share = total / senders + (s < total % senders ? 1 : 0);
      int first = s;
      threads.add(
          start(
              "send-" + s,
              () -> send(ch, share, (double) rate / senders, first, senders, gateways, start)));
    }
    for (Thread t : threads) {
      if (t.getName().startsWith("send-")) {
        t.join();
      }
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    long deadline = System.nanoTime() + 30_000_000_000L;
    double delivered = 0;
    while (System.nanoTime() < deadline) {
      delivered = metric(metrics) - before;
      if (delivered >= total && acks.get() >= total) {
        break;
      }
      Thread.sleep(200);
    }
    double doneSeconds = (System.nanoTime() - start) / 1e9;
    for (DatagramChannel ch : channels) {
      ch.close();
    }
    System.out.printf(
        "sent %d PUSH_DATA in %.2f s (%.0f/s); PUSH_ACK %d (%.2f%% lost); delivered to the MDB"
            + " %.0f (%.2f%% lost) after %.2f s: %.0f/s end to end%n",
        total,
        sendSeconds,
        total / sendSeconds,
        acks.get(),
        100.0 * (total - acks.get()) / total,
        delivered,
        100.0 * (total - delivered) / total,
        doneSeconds,
        delivered / doneSeconds);
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
