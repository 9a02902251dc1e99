package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §6.2.4.4 Rejoin-request message. Its first byte, the rejoin type, selects the
 * layout: {@link Type02} for types 0 and 2 (NetID, DevEUI, RJcount0; 14 bytes) and {@link Type1}
 * for type 1 (JoinEUI, DevEUI, RJcount1; 19 bytes). Other rejoin types are rejected. Immutable.
 */
public sealed interface RejoinRequestPayload extends Payload
    permits RejoinRequestPayload.Type02, RejoinRequestPayload.Type1 {

  /** The rejoin type: 0, 1 or 2. */
  int rejoinType();

  /** The end-device's EUI. */
  Eui64 devEui();

  /** Decodes {@code length} bytes at {@code offset}. */
  static RejoinRequestPayload decode(byte[] b, int offset, int length) {
    if (length < 1) {
      throw new LorawanFormatException("a rejoin-request payload is empty; expected a rejoin type");
    }
    int type = b[offset] & 0xff;
    if (type == 0 || type == 2) {
      if (length != Type02.LENGTH) {
        throw new LorawanFormatException(
            "a rejoin-request of type " + type + " has 14 bytes, got " + length);
      }
      return new Type02(type, Bytes.readNetId(b, offset + 1),
          Eui64.fromLittleEndian(b, offset + 4), Bytes.readUint16(b, offset + 12));
    }
    if (type == 1) {
      if (length != Type1.LENGTH) {
        throw new LorawanFormatException(
            "a rejoin-request of type 1 has 19 bytes, got " + length);
      }
      return new Type1(Eui64.fromLittleEndian(b, offset + 1),
          Eui64.fromLittleEndian(b, offset + 9), Bytes.readUint16(b, offset + 17));
    }
    throw new LorawanFormatException("rejoin type must be 0, 1 or 2, got " + type);
  }

  /**
   * Rejoin-request type 0 or 2: rejoin type, NetID (3 bytes), DevEUI (8), RJcount0 (2).
   *
   * @param rejoinType 0 or 2
   * @param netId the network the device is in
   * @param devEui the end-device's EUI
   * @param rjCount0 the type 0/2 rejoin counter, 16 bits
   */
  record Type02(int rejoinType, NetId netId, Eui64 devEui, int rjCount0)
      implements RejoinRequestPayload {

    /** Encoded size in bytes. */
    public static final int LENGTH = 14;

    public Type02 {
      if (rejoinType != 0 && rejoinType != 2) {
        throw new LorawanFormatException(
            "this layout is for rejoin types 0 and 2, got " + rejoinType);
      }
      if (netId == null || devEui == null) {
        throw new LorawanFormatException("a rejoin-request needs a NetID and a DevEUI");
      }
      if (rjCount0 < 0 || rjCount0 > 0xffff) {
        throw new LorawanFormatException("RJcount0 has 16 bits, got " + rjCount0);
      }
    }

    @Override
    public int length() {
      return LENGTH;
    }

    @Override
    public int write(byte[] b, int offset) {
      b[offset] = (byte) rejoinType;
      Bytes.writeNetId(b, offset + 1, netId);
      Bytes.writeEui(b, offset + 4, devEui);
      Bytes.writeUint16(b, offset + 12, rjCount0);
      return offset + LENGTH;
    }
  }

  /**
   * Rejoin-request type 1: rejoin type, JoinEUI (8 bytes), DevEUI (8), RJcount1 (2).
   *
   * @param joinEui the join server's EUI
   * @param devEui the end-device's EUI
   * @param rjCount1 the type 1 rejoin counter, 16 bits
   */
  record Type1(Eui64 joinEui, Eui64 devEui, int rjCount1) implements RejoinRequestPayload {

    /** Encoded size in bytes. */
    public static final int LENGTH = 19;

    public Type1 {
      if (joinEui == null || devEui == null) {
        throw new LorawanFormatException("a rejoin-request needs a JoinEUI and a DevEUI");
      }
      if (rjCount1 < 0 || rjCount1 > 0xffff) {
        throw new LorawanFormatException("RJcount1 has 16 bits, got " + rjCount1);
      }
    }

    @Override
    public int rejoinType() {
      return 1;
    }

    @Override
    public int length() {
      return LENGTH;
    }

    @Override
    public int write(byte[] b, int offset) {
      b[offset] = 1;
      Bytes.writeEui(b, offset + 1, joinEui);
      Bytes.writeEui(b, offset + 9, devEui);
      Bytes.writeUint16(b, offset + 17, rjCount1);
      return offset + LENGTH;
    }
  }
}
