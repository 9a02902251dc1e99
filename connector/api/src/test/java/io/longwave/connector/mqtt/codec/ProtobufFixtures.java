package io.longwave.connector.mqtt.codec;

/** Protobuf messages for tests outside this package. */
public final class ProtobufFixtures {

  private ProtobufFixtures() {}

  /** A v4 {@code UplinkFrame} of gateway 0016c001f153a14c. */
  public static byte[] uplink() {
    return V4ProtobufCodecTest.uplink();
  }
}
