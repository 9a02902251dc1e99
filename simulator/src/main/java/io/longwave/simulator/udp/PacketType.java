package io.longwave.simulator.udp;

/**
 * The identifier byte of a Semtech UDP datagram (PROTOCOL.TXT §3, byte 3), with the direction it
 * travels and whether it carries the gateway EUI in bytes 4 to 11.
 */
public enum PacketType {
  /** Gateway to server: rxpk and stat JSON. */
  PUSH_DATA(0x00, true),
  /** Server to gateway: acknowledges a PUSH_DATA. */
  PUSH_ACK(0x01, false),
  /** Gateway to server: keep-alive that opens the downlink route. */
  PULL_DATA(0x02, true),
  /** Server to gateway: a txpk to transmit. */
  PULL_RESP(0x03, false),
  /** Server to gateway: acknowledges a PULL_DATA. */
  PULL_ACK(0x04, false),
  /** Gateway to server (version 2): the result of a PULL_RESP. */
  TX_ACK(0x05, true);

  private static final PacketType[] BY_ID = values();

  private final int id;
  private final boolean fromGateway;

  PacketType(int id, boolean fromGateway) {
    this.id = id;
    this.fromGateway = fromGateway;
  }

  /** The identifier byte. */
  public int id() {
    return id;
  }

  /** True for the packets a gateway sends; they carry its EUI after the identifier. */
  public boolean fromGateway() {
    return fromGateway;
  }

  /**
   * The type with this identifier.
   *
   * @throws PacketFormatException for an identifier above 0x05
   */
  public static PacketType fromId(int id) {
    if (id < 0 || id >= BY_ID.length) {
      throw new PacketFormatException(
          "a Semtech UDP identifier is 0x00 to 0x05, got 0x" + Integer.toHexString(id));
    }
    return BY_ID[id];
  }
}
