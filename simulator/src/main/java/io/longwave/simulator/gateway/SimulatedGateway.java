package io.longwave.simulator.gateway;

import io.longwave.lorawan.Eui64;
import io.longwave.simulator.device.UplinkRadio;
import io.longwave.simulator.metrics.SimulationCounters;
import io.longwave.simulator.udp.GatewayStatus;
import io.longwave.simulator.udp.PacketFormatException;
import io.longwave.simulator.udp.PacketType;
import io.longwave.simulator.udp.PullResponse;
import io.longwave.simulator.udp.RxPacket;
import io.longwave.simulator.udp.UdpForwarder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated packet forwarder speaking the Semtech UDP protocol version 2 (PROTOCOL.TXT) from
 * its own UDP socket: PULL_DATA keep-alives ({@link #sendPullData()}), status reports ({@link
 * #sendStatus()}), uplinks in PUSH_DATA ({@link #forward}) with {@code tmst} from a microsecond
 * counter that starts at a random value and wraps at 2^32, and a TX_ACK with error {@code NONE}
 * for every PULL_RESP, echoing its token. PUSH_ACK and PULL_ACK tokens are matched against those
 * still waiting; unanswered ones are dropped after 30 s.
 *
 * <p>Thread-safe: sends may come from any thread; one daemon thread receives. {@link #close()}
 * closes the socket and waits for that thread.
 */
public final class SimulatedGateway implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SimulatedGateway.class.getName());
  private static final long ACK_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final Eui64 eui;
  private final DatagramChannel channel;
  private final DownlinkListener listener;
  private final SimulationCounters counters;
  private final long tmstOffset;
  private final long startNanos = System.nanoTime();
  private final AtomicInteger tokens;
  private final Map<Integer, Long> pendingPush = new ConcurrentHashMap<>();
  private final Map<Integer, Long> pendingPull = new ConcurrentHashMap<>();
  private final CountDownLatch firstPullAck = new CountDownLatch(1);
  private final AtomicLong rxnb = new AtomicLong();
  private final AtomicLong pushSent = new AtomicLong();
  private final AtomicLong pushAcked = new AtomicLong();
  private final AtomicLong dwnb = new AtomicLong();
  private final Thread receiver;

  /**
   * Opens the gateway's socket towards {@code server} and starts receiving.
   *
   * @param seed a per-gateway value for the first token and the tmst start
   */
  public SimulatedGateway(Eui64 eui, InetSocketAddress server, DownlinkListener listener,
      SimulationCounters counters, long seed) throws IOException {
    this.eui = eui;
    this.listener = listener;
    this.counters = counters;
    this.tmstOffset = (seed * 0x9E3779B97F4A7C15L) >>> 32;
    this.tokens = new AtomicInteger((int) (seed * 31));
    this.channel = DatagramChannel.open();
    channel.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
    channel.connect(server);
    this.receiver = new Thread(this::receive, "gateway-" + eui);
    receiver.setDaemon(true);
    receiver.start();
  }

  /** The gateway EUI. */
  public Eui64 eui() {
    return eui;
  }

  /** The local address of the gateway's socket. */
  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  /** The concentrator counter now: microseconds, 32 bits. */
  public long tmstNow() {
    return (tmstOffset + (System.nanoTime() - startNanos) / 1000) & 0xffffffffL;
  }

  /** Sends a PULL_DATA keep-alive (opens and refreshes the downlink route). */
  public void sendPullData() throws IOException {
    int token = nextToken();
    pendingPull.put(token, System.nanoTime());
    send(UdpForwarder.encodePullData(token, eui));
    counters.pullData.increment();
  }

  /** Waits for the first PULL_ACK; true when it came in time. */
  public boolean awaitPullAck(long timeout, TimeUnit unit) throws InterruptedException {
    return firstPullAck.await(timeout, unit);
  }

  /** Sends a PUSH_DATA with a {@code stat} report of the counters so far. */
  public void sendStatus() throws IOException {
    long sent = pushSent.get();
    double ackr = sent == 0 ? 100.0 : 100.0 * pushAcked.get() / sent;
    long rx = rxnb.get();
    GatewayStatus stat = new GatewayStatus(Instant.now(), 46.24, 3.2523, 145, rx, rx, rx,
        Math.min(100.0, ackr), dwnb.get(), dwnb.get());
    push(UdpForwarder.encodePushData(nextToken(), eui, List.of(), stat));
  }

  /**
   * Forwards one received uplink in a PUSH_DATA.
   *
   * @param tmst the rxpk {@code tmst}, normally {@link #tmstNow()} taken just before
   */
  public void forward(byte[] phyPayload, UplinkRadio radio, int rssiDbm, double snrDb,
      long tmst) throws IOException {
    RxPacket rx = new RxPacket(Instant.now(), tmst, radio.channelIndex() % 8, 0,
        radio.frequencyHz(), 1, radio.datr(), "4/5", rssiDbm, snrDb, phyPayload);
    rxnb.incrementAndGet();
    push(UdpForwarder.encodePushData(nextToken(), eui, List.of(rx), null));
  }

  /** Forgets PUSH_DATA and PULL_DATA tokens that waited more than 30 s for their ack. */
  public void expireAcks() {
    long now = System.nanoTime();
    pendingPush.values().removeIf(t -> now - t > ACK_TIMEOUT_NANOS);
    pendingPull.values().removeIf(t -> now - t > ACK_TIMEOUT_NANOS);
  }

  /** Closes the socket and waits for the receive thread. */
  @Override
  public void close() throws IOException {
    channel.close();
    try {
      receiver.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void push(byte[] datagram) throws IOException {
    int token = UdpForwarder.token(datagram);
    pendingPush.put(token, System.nanoTime());
    send(datagram);
    pushSent.incrementAndGet();
    counters.pushData.increment();
  }

  private void send(byte[] datagram) throws IOException {
    channel.write(ByteBuffer.wrap(datagram));
  }

  private int nextToken() {
    return tokens.incrementAndGet() & 0xffff;
  }

  private void receive() {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    while (channel.isOpen()) {
      try {
        buf.clear();
        channel.receive(buf);
        handle(buf.array(), buf.position());
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        // ICMP port unreachable while the server is down: keep listening.
        LOG.log(System.Logger.Level.DEBUG, "gateway " + eui + ": " + e.getMessage());
      } catch (PacketFormatException e) {
        counters.malformedPackets.increment();
        LOG.log(System.Logger.Level.WARNING, "gateway " + eui + ": " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "gateway " + eui + ": downlink handling failed", e);
      }
    }
  }

  private void handle(byte[] d, int length) throws IOException {
    PacketType type = UdpForwarder.type(d, length);
    int token = UdpForwarder.token(d);
    switch (type) {
      case PUSH_ACK -> {
        if (pendingPush.remove(token) != null) {
          pushAcked.incrementAndGet();
          counters.pushAcks.increment();
        }
      }
      case PULL_ACK -> {
        if (pendingPull.remove(token) != null) {
          counters.pullAcks.increment();
          firstPullAck.countDown();
        }
      }
      case PULL_RESP -> {
        long now = System.nanoTime();
        PullResponse resp = UdpForwarder.decodePullResp(d, length);
        counters.pullResps.increment();
        dwnb.incrementAndGet();
        if (resp.version() >= 2) {
          send(UdpForwarder.encodeTxAck(resp.token(), eui, "NONE"));
          counters.txAcks.increment();
        }
        listener.onDownlink(this, resp.txpk(), now);
      }
      default -> throw new PacketFormatException(
          "a gateway does not expect " + type + " from the server");
    }
  }
}
