package io.longwave.connector.udp.packet;

import io.longwave.connector.api.frame.GatewayId;

/**
 * The common start of every packet (PROTOCOL.TXT §3): protocol version, random token and
 * identifier, then the gateway EUI in packets a gateway sends.
 *
 * @param version 1 or 2
 * @param token the two token bytes as an unsigned big-endian number; only their echo matters
 */
record Header(int version, int token) {

  static final int GATEWAY_HEADER_LENGTH = 12;

  static Header read(byte[] d) {
    return new Header(d[0] & 0xff, ((d[1] & 0xff) << 8) | (d[2] & 0xff));
  }

  static GatewayId gateway(byte[] d, int length, String packet) throws UdpPacketException {
    if (length < GATEWAY_HEADER_LENGTH) {
      throw UdpPacketException.malformed(
          packet + " of " + length + " bytes is shorter than its 12-byte header");
    }
    return GatewayId.fromBytes(d, 4);
  }

  byte[] write(PacketType type, int extra) {
    byte[] b = new byte[4 + extra];
    b[0] = (byte) version;
    b[1] = (byte) (token >> 8);
    b[2] = (byte) token;
    b[3] = (byte) type.id();
    return b;
  }
}
