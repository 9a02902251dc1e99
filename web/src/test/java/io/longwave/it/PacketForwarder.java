package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Semtech UDP packet forwarder (protocol version 2) of one gateway, talking to the Longwave
 * under test on {@code longwave.it.udp.port}: PULL_DATA, PUSH_DATA with one rxpk, and the
 * acknowledgements back.
 */
final class PacketForwarder implements AutoCloseable {

  private final DatagramSocket socket;
  private final String gatewayId;

  PacketForwarder(String gatewayId) throws SocketException {
    this.gatewayId = gatewayId;
    this.socket = new DatagramSocket(0);
    socket.setSoTimeout(10_000);
  }

  byte[] pullData(int token) {
    return header(token, 2);
  }

  /** A PUSH_DATA with the PHYPayload received at 868.1 MHz, SF7BW125, at {@code tmst}. */
  byte[] pushData(int token, long tmst, byte[] phy) {
    String json = "{\"rxpk\":[{\"tmst\":" + tmst + ",\"chan\":0,\"rfch\":0,\"freq\":868.1,"
        + "\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":-60,"
        + "\"lsnr\":9.5,\"size\":" + phy.length + ",\"data\":\""
        + Base64.getEncoder().encodeToString(phy) + "\"}]}";
    byte[] h = header(token, 0);
    byte[] body = json.getBytes(UTF_8);
    byte[] d = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, d, h.length, body.length);
    return d;
  }

  /** Sends the datagram and returns the first one received. */
  byte[] exchange(byte[] data) throws Exception {
    int port = Integer.parseInt(System.getProperty("longwave.it.udp.port", "31700"));
    socket.send(new DatagramPacket(data, data.length, new InetSocketAddress("127.0.0.1", port)));
    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
    socket.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  private byte[] header(int token, int type) {
    byte[] h = new byte[12];
    h[0] = 2;
    h[1] = (byte) (token >> 8);
    h[2] = (byte) token;
    h[3] = (byte) type;
    for (int i = 0; i < 8; i++) {
      h[4 + i] = (byte) Integer.parseInt(gatewayId.substring(2 * i, 2 * i + 2), 16);
    }
    return h;
  }

  @Override
  public void close() {
    socket.close();
  }
}
