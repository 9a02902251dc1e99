package io.longwave.connector.udp;

import io.longwave.connector.GatewayBridge;
import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.DropLog;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import io.longwave.connector.udp.packet.PacketType;
import io.longwave.connector.udp.packet.PullAck;
import io.longwave.connector.udp.packet.PullData;
import io.longwave.connector.udp.packet.PullResp;
import io.longwave.connector.udp.packet.PushAck;
import io.longwave.connector.udp.packet.PushData;
import io.longwave.connector.udp.packet.Rxpk;
import io.longwave.connector.udp.packet.TxAck;
import io.longwave.connector.udp.packet.Txpk;
import io.longwave.connector.udp.packet.UdpPacketException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The Semtech UDP packet-forwarder backend (protocol versions 1 and 2): one socket, one receive
 * loop on the adapter's work manager. PUSH_DATA is acknowledged before its content is decoded;
 * PULL_DATA is acknowledged and records the gateway's downlink route; downlinks go out as
 * PULL_RESP with a random token and fall back to their next item when the TX_ACK reports an
 * error. A datagram that cannot be understood is counted and dropped, and the loop goes on.
 */
public final class SemtechUdpBackend implements GatewayBackend, GatewayBridge.BoundAddress {

  private static final Logger LOG = System.getLogger(SemtechUdpBackend.class.getName());
  private static final int RECEIVE_BUFFER = 8 << 20;
  private static final int HOUSEKEEPING_MILLIS = 1000;
  static final int PROCESSING_QUEUE = 65_536;

  /** A PUSH_DATA datagram, acknowledged and waiting to be decoded. */
  private record Received(byte[] data, InetSocketAddress from) {}

  private final UdpSettings settings;
  private final GatewayEventSink sink;
  private final BridgeCounters counters;
  private final Executor executor;
  private final DropLog drops;
  private final GatewayRegistry registry;
  private final PendingDownlinks downlinks;
  private final BlockingQueue<Received> pending = new ArrayBlockingQueue<>(PROCESSING_QUEUE);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile DatagramChannel socket;
  private volatile boolean closed;

  public SemtechUdpBackend(
      UdpSettings settings, GatewayEventSink sink, BridgeCounters counters, Executor executor) {
    this.settings = settings;
    this.sink = sink;
    this.counters = counters;
    this.executor = executor;
    this.drops = new DropLog(counters, 10_000);
    this.registry = new GatewayRegistry(settings.gatewayTimeout());
    this.downlinks = new PendingDownlinks(settings.downlinkTtl());
  }

  @Override
  public String name() {
    return "udp";
  }

  @Override
  public void start() throws IOException {
    DatagramChannel s = DatagramChannel.open();
    try {
      s.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
      s.bind(new InetSocketAddress(settings.bindHost(), settings.port()));
    } catch (IOException | RuntimeException e) {
      s.close();
      throw new IOException(
          "cannot listen on UDP " + settings.bindHost() + ":" + settings.port() + ": "
              + e.getMessage(), e);
    }
    socket = s;
    executor.execute(this::receiveLoop);
    executor.execute(this::housekeepingLoop);
    executor.execute(this::processingLoop);
    LOG.log(Level.INFO, "Semtech UDP backend listening on {0}", boundAddress());
  }

  @Override
  public String boundAddress() {
    DatagramChannel s = socket;
    if (s == null || !s.isOpen()) {
      return null;
    }
    try {
      InetSocketAddress local = (InetSocketAddress) s.getLocalAddress();
      InetAddress a = local.getAddress();
      String host = a.isAnyLocalAddress() ? settings.bindHost() : a.getHostAddress();
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + local.getPort();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public boolean isUp() {
    DatagramChannel s = socket;
    return s != null && s.isOpen() && !closed;
  }

  @Override
  public boolean isConnected(GatewayId gatewayId) {
    return registry.route(gatewayId, System.nanoTime()).isPresent();
  }

  @Override
  public int connectedGateways() {
    return registry.online(System.nanoTime());
  }

  @Override
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    GatewayRegistry.Route route =
        registry
            .route(frame.gatewayId(), System.nanoTime())
            .orElseThrow(
                () ->
                    new GatewayUnavailableException(
                        frame.gatewayId(), "it has not sent PULL_DATA recently"));
    int token = downlinks.start(frame, System.nanoTime());
    send(frame, 0, token, route);
  }

  /** Sends one item; when it cannot be sent, moves on as if the gateway had refused it. */
  private void send(DownlinkFrame frame, int index, int token, GatewayRegistry.Route route) {
    while (true) {
      Txpk txpk;
      try {
        txpk = UdpFrameTranslator.txpk(frame.items().get(index));
      } catch (IllegalArgumentException e) {
        LOG.log(Level.WARNING, "downlink item cannot be sent: {0}", e.getMessage());
        PendingDownlinks.Outcome o = downlinks.failed(token, TxAckStatus.INTERNAL_ERROR);
        if (o instanceof PendingDownlinks.Outcome.SendNext n) {
          index = n.index();
          token = n.token();
          continue;
        }
        finish(o);
        return;
      }
      byte[] d = new PullResp(route.version(), token, txpk).encode();
      try {
        socket.send(ByteBuffer.wrap(d), route.address());
        counters.increment("udp.pull_resp.sent");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "sending PULL_RESP to {0} failed: {1}", route.address(), e.getMessage());
      }
      if (route.version() == 1) {
        // Version 1 has no TX_ACK: the gateway's acceptance is assumed.
        finish(downlinks.answered(token, TxAckStatus.OK, null, null));
      }
      return;
    }
  }

  private void finish(PendingDownlinks.Outcome o) {
    if (o instanceof PendingDownlinks.Outcome.Done done) {
      sink.txAck(done.ack());
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    DatagramChannel s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "closing the UDP socket: {0}", e.getMessage());
      }
      try {
        stopped.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Receives datagrams until the backend closes. Blocking receive on the channel costs one system
   * call per datagram; housekeeping runs in its own loop so that this one never waits on a
   * timer.
   */
  private void receiveLoop() {
    DatagramChannel s = socket;
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(settings.maxDatagramBytes(), 16) + 1);
    byte[] data = buffer.array();
    try {
      while (!closed) {
        InetSocketAddress from = null;
        try {
          buffer.clear();
          from = (InetSocketAddress) s.receive(buffer);
          handle(data, buffer.position(), from);
        } catch (ClosedChannelException e) {
          return;
        } catch (IOException | RuntimeException e) {
          if (closed || !s.isOpen()) {
            return;
          }
          drops.drop("udp.dropped.error", String.valueOf(from), e.toString());
        }
      }
    } finally {
      stopped.countDown();
    }
  }

  private void processingLoop() {
    while (!closed) {
      Received r;
      try {
        r = pending.poll(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (r == null) {
        continue;
      }
      try {
        decodePushData(r.data(), r.from());
      } catch (UdpPacketException e) {
        drops.drop("udp.dropped." + e.reason(), r.from().toString(), e.getMessage());
      } catch (RuntimeException e) {
        drops.drop("udp.dropped.error", r.from().toString(), e.toString());
      }
    }
  }

  private void housekeepingLoop() {
    while (!closed) {
      try {
        Thread.sleep(HOUSEKEEPING_MILLIS);
        housekeeping(System.nanoTime());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "UDP housekeeping failed: {0}", e.toString());
      }
    }
  }

  private void housekeeping(long now) {
    for (GatewayId gone : registry.expire(now)) {
      sink.connectionState(new GatewayConnectionState(gone, false));
    }
    for (DownlinkTxAck ack : downlinks.expire(now)) {
      counters.increment("udp.tx_ack.timeout");
      sink.txAck(ack);
    }
  }

  /** Handles one datagram; never throws for bad input. */
  void handle(byte[] d, int length, InetSocketAddress from) throws IOException {
    if (length > settings.maxDatagramBytes()) {
      drops.drop("udp.dropped.oversized", from.toString(), "datagram larger than "
          + settings.maxDatagramBytes() + " bytes");
      return;
    }
    PacketType type;
    try {
      type = PacketType.of(d, length);
    } catch (UdpPacketException e) {
      drops.drop("udp.dropped." + e.reason(), from.toString(), e.getMessage());
      return;
    }
    try {
      switch (type) {
        case PUSH_DATA -> pushData(d, length, from);
        case PULL_DATA -> pullData(d, length, from);
        case TX_ACK -> txAck(d, length, from);
        default ->
            drops.drop("udp.dropped.unexpected", from.toString(), type + " is sent by servers");
      }
    } catch (UdpPacketException e) {
      drops.drop("udp.dropped." + e.reason(), from.toString(), e.getMessage());
    }
  }

  private void pushData(byte[] d, int length, InetSocketAddress from)
      throws IOException, UdpPacketException {
    if (length < 12) {
      throw UdpPacketException.malformed("PUSH_DATA of " + length + " bytes has no gateway EUI");
    }
    counters.increment("udp.push_data.received");
    byte[] ack = new PushAck(d[0] & 0xff, ((d[1] & 0xff) << 8) | (d[2] & 0xff)).encode();
    socket.send(ByteBuffer.wrap(ack), from);
    // The body is decoded on the processing thread, so that this one goes back to the socket.
    if (!pending.offer(new Received(Arrays.copyOf(d, length), from))) {
      drops.drop("udp.dropped.processing_queue_full", from.toString(),
          "more than " + PROCESSING_QUEUE + " PUSH_DATA wait to be decoded");
    }
  }

  private void decodePushData(byte[] d, InetSocketAddress from) throws UdpPacketException {
    PushData push = PushData.decode(d, d.length);
    Instant now = Instant.now();
    for (Rxpk rx : push.rxpk()) {
      if (rx.stat() != 1 && !settings.skipCrcCheck()) {
        drops.drop("udp.dropped.bad_crc", push.gatewayId().toString(),
            "uplink with CRC status " + rx.stat());
        continue;
      }
      List<UplinkFrame> frames;
      try {
        frames = UdpFrameTranslator.uplinks(push.gatewayId(), rx, now);
      } catch (UdpPacketException e) {
        drops.drop("udp.dropped." + e.reason(), push.gatewayId().toString(), e.getMessage());
        continue;
      }
      for (UplinkFrame f : frames) {
        counters.increment("udp.uplinks");
        sink.uplink(f);
      }
    }
    if (push.stat() != null) {
      counters.increment("udp.stats");
      sink.stats(
          UdpFrameTranslator.stats(
              push.gatewayId(), push.stat(), from.getAddress().getHostAddress(), now));
    }
  }

  private void pullData(byte[] d, int length, InetSocketAddress from)
      throws IOException, UdpPacketException {
    PullData pull = PullData.decode(d, length);
    counters.increment("udp.pull_data.received");
    // The route is recorded before the acknowledgement, so that a downlink sent as soon as the
    // gateway is acknowledged finds it.
    boolean cameOnline =
        registry.pulled(pull.gatewayId(), from, pull.version(), System.nanoTime());
    byte[] ack = new PullAck(pull.version(), pull.token()).encode();
    socket.send(ByteBuffer.wrap(ack), from);
    if (cameOnline) {
      sink.connectionState(new GatewayConnectionState(pull.gatewayId(), true));
    }
  }

  private void txAck(byte[] d, int length, InetSocketAddress from) throws UdpPacketException {
    TxAck ack = TxAck.decode(d, length);
    counters.increment("udp.tx_ack.received");
    TxAckStatus status = TxAckStatus.fromSemtechError(ack.ack().error());
    PendingDownlinks.Outcome o =
        downlinks.answered(ack.token(), status, ack.ack().warn(), ack.ack().value());
    if (o instanceof PendingDownlinks.Outcome.SendNext next) {
      Optional<GatewayRegistry.Route> route = registry.route(ack.gatewayId(), System.nanoTime());
      if (route.isPresent()) {
        send(next.frame(), next.index(), next.token(), route.get());
      } else {
        finish(downlinks.failed(next.token(), TxAckStatus.INTERNAL_ERROR));
      }
    } else if (o instanceof PendingDownlinks.Outcome.Done done) {
      sink.txAck(done.ack());
    } else {
      drops.drop("udp.dropped.unknown_token", ack.gatewayId().toString(),
          "TX_ACK for no pending downlink (token " + ack.token() + ")");
    }
  }
}
