package io.longwave.simulator.scenario;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.udp.PacketType;
import io.longwave.simulator.udp.PushData;
import io.longwave.simulator.udp.RxPacket;
import io.longwave.simulator.udp.TxPacket;
import io.longwave.simulator.udp.UdpForwarder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny LoRaWAN 1.0 network server on a loopback UDP socket: PUSH_ACK for every PUSH_DATA,
 * PULL_ACK for every PULL_DATA, a join-accept PULL_RESP (RX1, tmst + 5 s) for the first copy of
 * each join-request, and an ACK downlink for the first copy of each confirmed uplink whose MIC
 * verifies. It counts copies of each frame and the TX_ACKs it gets.
 */
final class FakeNetworkServer implements AutoCloseable {

  private record Session(DevAddr devAddr, Lorawan10SessionKeys keys, long[] fCntDown) {}

  final Map<String, AtomicInteger> copiesByFrame = new ConcurrentHashMap<>();
  final AtomicInteger validUplinks = new AtomicInteger();
  final AtomicInteger invalidUplinks = new AtomicInteger();
  final AtomicInteger pullResps = new AtomicInteger();
  final AtomicInteger txAcksOk = new AtomicInteger();
  final Map<Eui64, AtomicInteger> pushDataByGateway = new ConcurrentHashMap<>();

  private final DatagramChannel channel;
  private final Map<Eui64, DeviceConfig> devices = new ConcurrentHashMap<>();
  private final Map<DevAddr, Session> sessions = new ConcurrentHashMap<>();
  private final Map<Eui64, SocketAddress> pullRoutes = new ConcurrentHashMap<>();
  private final AtomicInteger nextAddr = new AtomicInteger(1);
  private final AtomicInteger joinNonce = new AtomicInteger(1);
  private final AtomicInteger tokens = new AtomicInteger(100);
  private final Thread thread;

  FakeNetworkServer(Iterable<DeviceConfig> provisioned) throws IOException {
    for (DeviceConfig d : provisioned) {
      devices.put(d.devEui(), d);
    }
    channel = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    thread = new Thread(this::serve, "fake-network-server");
    thread.setDaemon(true);
    thread.start();
  }

  InetSocketAddress address() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  private void serve() {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    while (channel.isOpen()) {
      try {
        buf.clear();
        SocketAddress from = channel.receive(buf);
        byte[] d = buf.array();
        int n = buf.position();
        PacketType type = UdpForwarder.type(d, n);
        int token = UdpForwarder.token(d);
        switch (type) {
          case PULL_DATA -> {
            pullRoutes.put(UdpForwarder.decodePullData(d, n), from);
            channel.send(ByteBuffer.wrap(UdpForwarder.encodeAck(PacketType.PULL_ACK, token)),
                from);
          }
          case PUSH_DATA -> {
            channel.send(ByteBuffer.wrap(UdpForwarder.encodeAck(PacketType.PUSH_ACK, token)),
                from);
            PushData p = UdpForwarder.decodePushData(d, n);
            pushDataByGateway.computeIfAbsent(p.gatewayEui(), k -> new AtomicInteger())
                .incrementAndGet();
            for (RxPacket rx : p.rxpk()) {
              uplink(p.gatewayEui(), rx);
            }
          }
          case TX_ACK -> {
            if (UdpForwarder.decodeTxAck(d, n).ok()) {
              txAcksOk.incrementAndGet();
            }
          }
          default -> { }
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  private void uplink(Eui64 gateway, RxPacket rx) throws IOException {
    byte[] frame = rx.data();
    String key = HexFormat.of().formatHex(frame);
    boolean first = copiesByFrame.computeIfAbsent(key, k -> new AtomicInteger())
        .incrementAndGet() == 1;
    if (!first) {
      return;
    }
    PhyPayload phy = PhyPayload.decode(frame);
    if (phy.mType() == MType.JOIN_REQUEST) {
      join(gateway, rx, (JoinRequestPayload) phy.payload(), frame);
    } else if (phy.mType().isData()) {
      data(gateway, rx, phy, frame);
    }
  }

  private void join(Eui64 gateway, RxPacket rx, JoinRequestPayload jr, byte[] frame)
      throws IOException {
    DeviceConfig dev = devices.get(jr.devEui());
    if (dev == null || !JoinMic.checkJoinRequest(AesKeyContext.of(dev.appKey()), frame, 0,
        frame.length)) {
      invalidUplinks.incrementAndGet();
      return;
    }
    NetId netId = new NetId(0x000013);
    DevAddr addr = DevAddr.of(netId, nextAddr.getAndIncrement());
    int nonce = joinNonce.getAndIncrement();
    JoinAcceptPayload ja = new JoinAcceptPayload(new JoinNonce(nonce), netId, addr,
        new DlSettings(false, 0, 0), 1, Optional.empty());
    byte[] body = ja.encode();
    byte[] plain = new byte[1 + body.length + Mic.LENGTH];
    plain[0] = Mhdr.of(MType.JOIN_ACCEPT).encode();
    System.arraycopy(body, 0, plain, 1, body.length);
    AesKeyContext appKey = AesKeyContext.of(dev.appKey());
    Mic.write(JoinMic.joinAcceptLorawan10(appKey, plain, 0, plain.length - Mic.LENGTH), plain,
        plain.length - Mic.LENGTH);
    Aes128Key root = dev.appKey();
    sessions.put(addr, new Session(addr,
        KeyDerivation.lorawan10(root, nonce, netId, jr.devNonce().value()), new long[1]));
    send(gateway, rx, JoinAcceptCipher.encryptPhyPayload(appKey, plain), 5);
  }

  private void data(Eui64 gateway, RxPacket rx, PhyPayload phy, byte[] frame)
      throws IOException {
    MacPayload m = phy.macPayload();
    Session s = sessions.get(m.fhdr().devAddr());
    if (s == null || !DataMic.checkUplinkLorawan10(AesKeyContext.of(s.keys().nwkSKey()), frame,
        0, frame.length, m.fhdr().fCnt())) {
      invalidUplinks.incrementAndGet();
      return;
    }
    validUplinks.incrementAndGet();
    if (!phy.mType().isConfirmed()) {
      return;
    }
    int fCnt = (int) s.fCntDown()[0]++;
    Fhdr fhdr = Fhdr.of(s.devAddr(), FCtrl.Downlink.of(false, true, false), fCnt, new byte[0]);
    byte[] b = PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_DOWN), MacPayload.of(fhdr),
        new byte[Mic.LENGTH]).encode();
    Mic.write(DataMic.downlinkLorawan10(AesKeyContext.of(s.keys().nwkSKey()), b, 0,
        b.length - Mic.LENGTH, fCnt), b, b.length - Mic.LENGTH);
    send(gateway, rx, b, 1);
  }

  private void send(Eui64 gateway, RxPacket rx, byte[] phy, int delaySeconds)
      throws IOException {
    SocketAddress route = pullRoutes.get(gateway);
    if (route == null) {
      return;
    }
    TxPacket tx = new TxPacket(false, (rx.tmst() + delaySeconds * 1_000_000L) & 0xffffffffL,
        null, rx.frequencyHz(), 0, 14, "LORA", rx.datr(), "4/5", true, phy);
    channel.send(ByteBuffer.wrap(UdpForwarder.encodePullResp(
        tokens.incrementAndGet() & 0xffff, tx)), route);
    pullResps.incrementAndGet();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
