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
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private final UdpSettings settings;
  private final GatewayEventSink sink;
  private final BridgeCounters counters;
  private final Executor executor;
  private final DropLog drops;
  private final GatewayRegistry registry;
  private final PendingDownlinks pending;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile DatagramSocket socket;
  private volatile boolean closed;

  public SemtechUdpBackend(
      UdpSettings settings, GatewayEventSink sink, BridgeCounters counters, Executor executor) {
    this.settings = settings;
    this.sink = sink;
    this.counters = counters;
    this.executor = executor;
    this.drops = new DropLog(counters, 10_000);
    this.registry = new GatewayRegistry(settings.gatewayTimeout());
    this.pending = new PendingDownlinks(settings.downlinkTtl());
  }

  @Override
  public String name() {
    return "udp";
  }

  @Override
  public void start() throws IOException {
    DatagramSocket s = new DatagramSocket(null);
    try {
      s.setReceiveBufferSize(RECEIVE_BUFFER);
      s.setSoTimeout(HOUSEKEEPING_MILLIS);
      s.bind(new InetSocketAddress(settings.bindHost(), settings.port()));
    } catch (IOException | RuntimeException e) {
      s.close();
      throw new IOException(
          "cannot listen on UDP " + settings.bindHost() + ":" + settings.port() + ": "
              + e.getMessage(), e);
    }
    socket = s;
    executor.execute(this::receiveLoop);
    LOG.log(Level.INFO, "Semtech UDP backend listening on {0}", boundAddress());
  }

  @Override
  public String boundAddress() {
    DatagramSocket s = socket;
    if (s == null || s.isClosed()) {
      return null;
    }
    return s.getLocalAddress().getHostAddress() + ":" + s.getLocalPort();
  }

  @Override
  public boolean isUp() {
    DatagramSocket s = socket;
    return s != null && !s.isClosed() && !closed;
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
    int token = pending.start(frame, System.nanoTime());
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
        PendingDownlinks.Outcome o = pending.failed(token, TxAckStatus.INTERNAL_ERROR);
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
        socket.send(new DatagramPacket(d, d.length, route.address()));
        counters.increment("udp.pull_resp.sent");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "sending PULL_RESP to {0} failed: {1}", route.address(), e.getMessage());
      }
      if (route.version() == 1) {
        // Version 1 has no TX_ACK: the gateway's acceptance is assumed.
        finish(pending.answered(token, TxAckStatus.OK, null, null));
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
    DatagramSocket s = socket;
    if (s != null) {
      s.close();
      try {
        stopped.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void receiveLoop() {
    DatagramSocket s = socket;
    byte[] buffer = new byte[Math.max(settings.maxDatagramBytes(), 16) + 1];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    long nextHousekeeping = System.nanoTime() + HOUSEKEEPING_MILLIS * 1_000_000L;
    try {
      while (!closed) {
        try {
          packet.setLength(buffer.length);
          s.receive(packet);
          handle(buffer, packet.getLength(), (InetSocketAddress) packet.getSocketAddress());
        } catch (SocketTimeoutException e) {
          // idle: fall through to housekeeping
        } catch (SocketException e) {
          if (!closed) {
            LOG.log(Level.ERROR, "UDP socket failed: {0}", e.getMessage());
          }
          return;
        } catch (IOException | RuntimeException e) {
          drops.drop("udp.dropped.error", String.valueOf(packet.getSocketAddress()), e.toString());
        }
        long now = System.nanoTime();
        if (now - nextHousekeeping >= 0) {
          housekeeping(now);
          nextHousekeeping = now + HOUSEKEEPING_MILLIS * 1_000_000L;
        }
      }
    } finally {
      stopped.countDown();
    }
  }

  private void housekeeping(long now) {
    for (GatewayId gone : registry.expire(now)) {
      sink.connectionState(new GatewayConnectionState(gone, false));
    }
    for (DownlinkTxAck ack : pending.expire(now)) {
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
    socket.send(new DatagramPacket(ack, ack.length, from));
    PushData push = PushData.decode(d, length);
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
    byte[] ack = new PullAck(pull.version(), pull.token()).encode();
    socket.send(new DatagramPacket(ack, ack.length, from));
    if (registry.pulled(pull.gatewayId(), from, pull.version(), System.nanoTime())) {
      sink.connectionState(new GatewayConnectionState(pull.gatewayId(), true));
    }
  }

  private void txAck(byte[] d, int length, InetSocketAddress from) throws UdpPacketException {
    TxAck ack = TxAck.decode(d, length);
    counters.increment("udp.tx_ack.received");
    TxAckStatus status = TxAckStatus.fromSemtechError(ack.ack().error());
    PendingDownlinks.Outcome o =
        pending.answered(ack.token(), status, ack.ack().warn(), ack.ack().value());
    if (o instanceof PendingDownlinks.Outcome.SendNext next) {
      Optional<GatewayRegistry.Route> route = registry.route(ack.gatewayId(), System.nanoTime());
      if (route.isPresent()) {
        send(next.frame(), next.index(), next.token(), route.get());
      } else {
        finish(pending.failed(next.token(), TxAckStatus.INTERNAL_ERROR));
      }
    } else if (o instanceof PendingDownlinks.Outcome.Done done) {
      sink.txAck(done.ack());
    } else {
      drops.drop("udp.dropped.unknown_token", ack.gatewayId().toString(),
          "TX_ACK for no pending downlink (token " + ack.token() + ")");
    }
  }
}
