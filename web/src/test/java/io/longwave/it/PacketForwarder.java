package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A Semtech UDP packet forwarder (protocol version 2) of one gateway on loopback, talking to the
 * Longwave under test on {@code longwave.it.udp.port}: PULL_DATA, PUSH_DATA with one {@code rxpk}
 * per uplink, and the acknowledgements back.
 */
final class PacketForwarder implements AutoCloseable {

  private static final int PUSH_DATA = 0;
  private static final int PUSH_ACK = 1;
  private static final int PULL_DATA = 2;

  private final byte[] gatewayEui;
  private final InetSocketAddress server;
  private final DatagramSocket socket;
  private int token = 1;

  /** A forwarder for gateway {@code gatewayEui} (hex) towards the IT's UDP port. */
  PacketForwarder(String gatewayEui) throws SocketException {
    this.gatewayEui = HexFormat.of().parseHex(gatewayEui);
    this.server = new InetSocketAddress("127.0.0.1",
        Integer.parseInt(System.getProperty("longwave.it.udp.port", "31700")));
    this.socket = new DatagramSocket(0);
    socket.setSoTimeout(10_000);
  }

  byte[] pullData(int token) {
    return header(token, PULL_DATA);
  }

  /** A PUSH_DATA with the PHYPayload received at 868.1 MHz, SF7BW125, at {@code tmst}. */
  byte[] pushData(int token, long tmst, byte[] phy) {
    return pushData(token, tmst, phy, -60, 9.5);
  }

  /** Sends the datagram and returns the first one received. */
  byte[] exchange(byte[] data) throws IOException {
    socket.send(new DatagramPacket(data, data.length, server));
    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
    socket.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  /** Sends one uplink on 868.1 MHz SF7BW125 and waits for its PUSH_ACK. */
  void pushUplink(long tmst, byte[] phyPayload) throws IOException {
    int t = token++ & 0xffff;
    byte[] d = pushData(t, tmst, phyPayload, -57, 7.5);
    socket.send(new DatagramPacket(d, d.length, server));
    awaitAck(t);
  }

  private byte[] pushData(int t, long tmst, byte[] phy, int rssi, double snr) {
    String rxpk = "{\"rxpk\":[{\"tmst\":" + tmst + ",\"chan\":0,\"rfch\":0,\"freq\":868.1,"
        + "\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":" + rssi
        + ",\"lsnr\":" + snr + ",\"size\":" + phy.length + ",\"data\":\""
        + Base64.getEncoder().encodeToString(phy) + "\"}]}";
    byte[] header = header(t, PUSH_DATA);
    byte[] body = rxpk.getBytes(UTF_8);
    byte[] d = Arrays.copyOf(header, header.length + body.length);
    System.arraycopy(body, 0, d, header.length, body.length);
    return d;
  }

  /** Waits for the PUSH_ACK of token {@code t}, skipping other datagrams (PULL_RESP downlinks). */
  private void awaitAck(int t) throws IOException {
    byte[] wanted = {2, (byte) (t >> 8), (byte) t, PUSH_ACK};
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
      try {
        socket.receive(p);
      } catch (SocketTimeoutException e) {
        break;
      }
      byte[] got = Arrays.copyOf(p.getData(), p.getLength());
      if (got.length == 4 && got[3] == PUSH_ACK) {
        assertArrayEquals(wanted, got, "PUSH_ACK");
        return;
      }
    }
    throw new SocketTimeoutException("no PUSH_ACK for token " + t);
  }

  private byte[] header(int t, int type) {
    byte[] h = new byte[12];
    h[0] = 2;
    h[1] = (byte) (t >> 8);
    h[2] = (byte) t;
    h[3] = (byte) type;
    System.arraycopy(gatewayEui, 0, h, 4, 8);
    return h;
  }

  @Override
  public void close() {
    socket.close();
  }
}
