package io.longwave.connector.udp.packet;

/** Semtech packet-forwarder protocol packet identifiers (PROTOCOL.TXT §3–§5, byte 3). */
public enum PacketType {
  PUSH_DATA(0x00),
  PUSH_ACK(0x01),
  PULL_DATA(0x02),
  PULL_RESP(0x03),
  PULL_ACK(0x04),
  TX_ACK(0x05);

  private final int id;

  PacketType(int id) {
    this.id = id;
  }

  /** The identifier byte. */
  public int id() {
    return id;
  }

  /**
   * The type of a datagram: checks the protocol version (1 or 2) and the identifier.
   *
   * @throws UdpPacketException for a short datagram, another version or an unknown identifier
   */
  public static PacketType of(byte[] datagram, int length) throws UdpPacketException {
    if (length < 4) {
      throw UdpPacketException.malformed("datagram of " + length + " bytes is shorter than a header");
    }
    int version = datagram[0] & 0xff;
    if (version != 1 && version != 2) {
      throw new UdpPacketException("bad_version", "protocol version " + version + " is not 1 or 2");
    }
    int id = datagram[3] & 0xff;
    if (id > 5) {
      throw new UdpPacketException("unknown_type", "unknown packet identifier 0x"
          + Integer.toHexString(id));
    }
    return values()[id];
  }
}
