package io.longwave.connector.udp.packet;

import io.longwave.connector.api.frame.GatewayId;

/**
 * PULL_DATA (PROTOCOL.TXT §5.2, identifier 0x02): the gateway's keep-alive that opens the
 * downlink route, {@code [version][token:2][0x02][gateway EUI:8]}.
 */
public record PullData(int version, int token, GatewayId gatewayId) {

  public static PullData decode(byte[] d, int length) throws UdpPacketException {
    Header h = Header.read(d);
    GatewayId g = Header.gateway(d, length, "PULL_DATA");
    if (length != Header.GATEWAY_HEADER_LENGTH) {
      throw UdpPacketException.malformed("PULL_DATA must be 12 bytes, got " + length);
    }
    return new PullData(h.version(), h.token(), g);
  }

  public byte[] encode() {
    byte[] b = new Header(version, token).write(PacketType.PULL_DATA, 8);
    System.arraycopy(gatewayId.toBytes(), 0, b, 4, 8);
    return b;
  }
}
