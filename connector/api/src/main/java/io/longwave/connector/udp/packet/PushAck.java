package io.longwave.connector.udp.packet;

/** PUSH_ACK (PROTOCOL.TXT §3.3, identifier 0x01): {@code [version][token:2][0x01]}. */
public record PushAck(int version, int token) {

  public byte[] encode() {
    return new Header(version, token).write(PacketType.PUSH_ACK, 0);
  }

  public static PushAck decode(byte[] d, int length) throws UdpPacketException {
    if (length != 4) {
      throw UdpPacketException.malformed("PUSH_ACK must be 4 bytes, got " + length);
    }
    Header h = Header.read(d);
    return new PushAck(h.version(), h.token());
  }
}
