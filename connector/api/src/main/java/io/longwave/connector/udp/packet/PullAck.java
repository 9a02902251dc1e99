package io.longwave.connector.udp.packet;

/** PULL_ACK (PROTOCOL.TXT §5.3, identifier 0x04): {@code [version][token:2][0x04]}. */
public record PullAck(int version, int token) {

  public byte[] encode() {
    return new Header(version, token).write(PacketType.PULL_ACK, 0);
  }

  public static PullAck decode(byte[] d, int length) throws UdpPacketException {
    if (length != 4) {
      throw UdpPacketException.malformed("PULL_ACK must be 4 bytes, got " + length);
    }
    Header h = Header.read(d);
    return new PullAck(h.version(), h.token());
  }
}
