package io.longwave.lorawan;

/**
 * LoRaWAN 1.1 §6.2.4 Join-request message: JoinEUI (8 bytes), DevEUI (8), DevNonce (2), all
 * little-endian. (The JoinEUI is the AppEUI of LoRaWAN 1.0.x.) Immutable.
 *
 * @param joinEui the join server's EUI
 * @param devEui the end-device's EUI
 * @param devNonce the nonce of this request
 */
public record JoinRequestPayload(Eui64 joinEui, Eui64 devEui, DevNonce devNonce)
    implements Payload {

  /** Encoded size in bytes. */
  public static final int LENGTH = 18;

  public JoinRequestPayload {
    if (joinEui == null || devEui == null || devNonce == null) {
      throw new LorawanFormatException("a join-request needs a JoinEUI, a DevEUI and a DevNonce");
    }
  }

  static JoinRequestPayload decode(byte[] b, int offset, int length) {
    if (length != LENGTH) {
      throw new LorawanFormatException(
          "a join-request payload has 18 bytes, got " + length);
    }
    return new JoinRequestPayload(
        Eui64.fromLittleEndian(b, offset),
        Eui64.fromLittleEndian(b, offset + 8),
        DevNonce.read(b, offset + 16));
  }

  @Override
  public int length() {
    return LENGTH;
  }

  @Override
  public int write(byte[] b, int offset) {
    Bytes.writeEui(b, offset, joinEui);
    Bytes.writeEui(b, offset + 8, devEui);
    devNonce.write(b, offset + 16);
    return offset + LENGTH;
  }
}
