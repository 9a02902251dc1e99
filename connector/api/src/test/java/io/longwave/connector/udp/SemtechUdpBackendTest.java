package io.longwave.connector.udp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.udp.packet.PullResp;
import io.longwave.connector.udp.packet.TxAck;
import io.longwave.connector.udp.packet.TxpkAck;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backend on a real loopback socket, with a fake packet forwarder on another. */
class SemtechUdpBackendTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String EUI = "0102030405060708";
  private static final GatewayId GW = GatewayId.parse(EUI);

  private final RecordingSink sink = new RecordingSink();
  private final BridgeCounters counters = new BridgeCounters();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private SemtechUdpBackend backend;
  private InetSocketAddress server;
  private DatagramSocket forwarder;

  @BeforeEach
  void start() throws Exception {
    UdpSettings settings =
        new UdpSettings(true, "127.0.0.1", 0, false, Duration.ofSeconds(60),
            Duration.ofSeconds(15), 65507);
    backend = new SemtechUdpBackend(settings, sink, counters, executor);
    backend.start();
    String[] bound = backend.boundAddress().split(":");
    server = new InetSocketAddress(bound[0], Integer.parseInt(bound[1]));
    forwarder = new DatagramSocket(0);
    forwarder.setSoTimeout(3000);
  }

  @AfterEach
  void stop() {
    forwarder.close();
    backend.close();
    executor.shutdownNow();
  }

  private void send(byte[] d) throws Exception {
    forwarder.send(new DatagramPacket(d, d.length, server));
  }

  private byte[] receive() throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
    forwarder.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  private static byte[] datagram(String headerHex, String json) {
    byte[] h = HEX.parseHex(headerHex);
    byte[] j = json.getBytes(UTF_8);
    byte[] d = Arrays.copyOf(h, h.length + j.length);
    System.arraycopy(j, 0, d, h.length, j.length);
    return d;
  }

  private static final String RXPK =
      "{\"rxpk\":[{\"tmst\":1000000,\"chan\":0,\"rfch\":0,\"freq\":868.1,\"stat\":%d,"
          + "\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":-50,\"lsnr\":8,"
          + "\"size\":3,\"data\":\"QAEC\"}]}";

  @Test
  void pull_data_is_acknowledged_and_makes_the_gateway_reachable() throws Exception {
    assertFalse(backend.isConnected(GW));
    send(HEX.parseHex("0212340201020304050607" + "08"));
    assertArrayEquals(HEX.parseHex("02123404"), receive());
    assertEquals(new GatewayConnectionState(GW, true), RecordingSink.take(sink.states));
    assertTrue(backend.isConnected(GW));
    assertEquals(1, backend.connectedGateways());
  }

  @Test
  void push_data_is_acknowledged_and_its_uplink_delivered() throws Exception {
    send(datagram("02abcd00" + EUI, String.format(RXPK, 1)));
    assertArrayEquals(HEX.parseHex("02abcd01"), receive());
    UplinkFrame u = RecordingSink.take(sink.uplinks);
    assertEquals(GW, u.rxInfo().gatewayId());
    assertArrayEquals(new byte[] {0x40, 1, 2}, u.phyPayload());
    assertArrayEquals(new byte[] {0, 0x0f, 0x42, 0x40}, u.rxInfo().context());
    assertEquals(1, counters.get("udp.uplinks"));
  }

  @Test
  void an_uplink_with_a_bad_crc_is_acknowledged_but_dropped() throws Exception {
    send(datagram("02000100" + EUI, String.format(RXPK, -1)));
    assertArrayEquals(HEX.parseHex("02000101"), receive());
    send(datagram("02000200" + EUI, String.format(RXPK, 1)));
    receive();
    RecordingSink.take(sink.uplinks);
    assertTrue(sink.uplinks.isEmpty());
    assertEquals(1, counters.get("udp.dropped.bad_crc"));
  }

  @Test
  void a_downlink_refused_in_rx1_is_sent_in_rx2_and_acknowledged_once() throws Exception {
    send(HEX.parseHex("02000102" + EUI));
    receive();
    backend.sendDownlink(PendingDownlinksTest.rx1AndRx2(42));

    byte[] first = receive();
    PullResp rx1 = PullResp.decode(first, first.length);
    assertEquals(868.1, rx1.txpk().freqMhz());
    assertEquals(1 + 1_000_000L, rx1.txpk().tmst());
    send(new TxAck(2, rx1.token(), GW, new TxpkAck("TOO_LATE", null, null)).encode());

    byte[] second = receive();
    PullResp rx2 = PullResp.decode(second, second.length);
    assertEquals(869.525, rx2.txpk().freqMhz());
    assertEquals("SF12BW125", rx2.txpk().datr());
    send(new TxAck(2, rx2.token(), GW, new TxpkAck("NONE", null, null)).encode());

    DownlinkTxAck ack = RecordingSink.take(sink.acks);
    assertEquals(42, ack.downlinkId());
    assertEquals(List.of(TxAckStatus.TOO_LATE, TxAckStatus.OK),
        ack.items().stream().map(i -> i.status()).toList());
    assertTrue(sink.acks.isEmpty());
    assertEquals(2, counters.get("udp.pull_resp.sent"));
  }

  @Test
  void a_version_1_gateway_has_no_tx_ack_so_the_first_item_counts_as_sent() throws Exception {
    send(HEX.parseHex("01000102" + EUI));
    receive();
    backend.sendDownlink(PendingDownlinksTest.rx1AndRx2(43));
    byte[] d = receive();
    assertEquals(1, d[0]);
    DownlinkTxAck ack = RecordingSink.take(sink.acks);
    assertEquals(List.of(TxAckStatus.OK, TxAckStatus.IGNORED),
        ack.items().stream().map(i -> i.status()).toList());
  }

  @Test
  void a_gateway_that_never_pulled_cannot_be_sent_a_downlink() {
    assertThrows(GatewayUnavailableException.class,
        () -> backend.sendDownlink(PendingDownlinksTest.rx1AndRx2(44)));
  }

  @Test
  void garbage_is_counted_and_dropped_and_receiving_goes_on() throws Exception {
    Random random = new Random(1);
    for (int i = 0; i < 500; i++) {
      byte[] junk = new byte[random.nextInt(300)];
      random.nextBytes(junk);
      if (junk.length > 3 && i % 2 == 0) {
        junk[0] = 2;
        junk[3] = 0;
      }
      send(junk);
    }
    send(datagram("02000300" + EUI, "{\"rxpk\":[{\"freq\":\"x\"}]}"));
    send(HEX.parseHex("02777702" + EUI));
    byte[] answer;
    do {
      answer = receive();
    } while (answer[3] != 4);
    assertArrayEquals(HEX.parseHex("02777704"), answer);
    // Bodies are decoded after the acknowledgement, on the processing thread: wait for it.
    long deadline = System.nanoTime() + 5_000_000_000L;
    long dropped = 0;
    while (dropped < 400 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      dropped =
          counters.snapshot().entrySet().stream()
              .filter(e -> e.getKey().startsWith("udp.dropped."))
              .mapToLong(e -> e.getValue())
              .sum();
    }
    assertTrue(dropped >= 400, counters.snapshot().toString());
    assertTrue(backend.isUp());
  }

  @Test
  void close_stops_the_socket() throws Exception {
    backend.close();
    assertFalse(backend.isUp());
    send(HEX.parseHex("02000102" + EUI));
    assertThrows(SocketTimeoutException.class, this::receive);
  }
}
