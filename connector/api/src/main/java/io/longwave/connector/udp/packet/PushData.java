package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import io.longwave.connector.api.frame.GatewayId;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PUSH_DATA (PROTOCOL.TXT §3.2, identifier 0x00): received packets and/or a status report,
 * {@code [version][token:2][0x00][gateway EUI:8][JSON]}. Answered at once by {@link PushAck}.
 */
public record PushData(int version, int token, GatewayId gatewayId, List<Rxpk> rxpk, Stat stat) {

  /**
   * Decodes a PUSH_DATA datagram.
   *
   * @throws UdpPacketException for a short datagram, bad JSON or fields of the wrong type
   */
  public static PushData decode(byte[] d, int length) throws UdpPacketException {
    Header h = Header.read(d);
    GatewayId gateway = Header.gateway(d, length, "PUSH_DATA");
    JsonObject body = JsonFields.parse(d, Header.GATEWAY_HEADER_LENGTH, length, "PUSH_DATA");
    StrictJson<UdpPacketException> f = JsonFields.of(body, "PUSH_DATA");
    List<Rxpk> rxpk = new ArrayList<>();
    JsonArray packets = f.array("rxpk");
    if (packets != null) {
      for (int i = 0; i < packets.size(); i++) {
        if (packets.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          throw UdpPacketException.malformed("rxpk[" + i + "] is not an object");
        }
        rxpk.add(Rxpk.read(packets.getJsonObject(i), "rxpk[" + i + "]"));
      }
    }
    JsonObject stat = f.object("stat");
    return new PushData(
        h.version(), h.token(), gateway, List.copyOf(rxpk), stat == null ? null : Stat.read(stat));
  }

  /** The datagram. */
  public byte[] encode() {
    JsonObjectBuilder b = JsonSupport.object();
    if (!rxpk.isEmpty()) {
      JsonArrayBuilder a = JsonSupport.array();
      for (Rxpk r : rxpk) {
        a.add(r.toJson());
      }
      b.add("rxpk", a);
    }
    if (stat != null) {
      b.add("stat", stat.toJson());
    }
    byte[] json = b.build().toString().getBytes(StandardCharsets.UTF_8);
    byte[] out = new Header(version, token).write(PacketType.PUSH_DATA, 8 + json.length);
    System.arraycopy(gatewayId.toBytes(), 0, out, 4, 8);
    System.arraycopy(json, 0, out, 12, json.length);
    return out;
  }
}
