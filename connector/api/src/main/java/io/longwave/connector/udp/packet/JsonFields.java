package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonObject;

/** Strict JSON access that reports malformed packets as {@link UdpPacketException}. */
final class JsonFields {

  private JsonFields() {}

  static StrictJson<UdpPacketException> of(JsonObject o, String where) {
    return StrictJson.of(o, where, UdpPacketException::malformed);
  }

  static JsonObject parse(byte[] d, int offset, int length, String packet)
      throws UdpPacketException {
    return StrictJson.parse(d, offset, length, packet, UdpPacketException::malformed);
  }
}
