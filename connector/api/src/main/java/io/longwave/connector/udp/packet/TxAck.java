package io.longwave.connector.udp.packet;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.backend.JsonSupport;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * TX_ACK (PROTOCOL.TXT §5.5, identifier 0x05, protocol version 2): the gateway's answer to a
 * PULL_RESP, {@code [version][token:2][0x05][gateway EUI:8][optional JSON {"txpk_ack":{…}}]}. No
 * body, an empty object or {@code error} NONE all mean the packet was programmed.
 */
public record TxAck(int version, int token, GatewayId gatewayId, TxpkAck ack) {

  public static TxAck decode(byte[] d, int length) throws UdpPacketException {
    Header h = Header.read(d);
    GatewayId g = Header.gateway(d, length, "TX_ACK");
    TxpkAck ack = new TxpkAck(null, null, null);
    if (length > Header.GATEWAY_HEADER_LENGTH && !blank(d, Header.GATEWAY_HEADER_LENGTH, length)) {
      JsonObject body = JsonFields.parse(d, Header.GATEWAY_HEADER_LENGTH, length, "TX_ACK");
      JsonObject a = JsonFields.of(body, "TX_ACK").object("txpk_ack");
      if (a != null) {
        ack = TxpkAck.read(a);
      }
    }
    return new TxAck(h.version(), h.token(), g, ack);
  }

  public byte[] encode() {
    byte[] json =
        JsonSupport.object().add("txpk_ack", ack.toJson()).build().toString()
            .getBytes(StandardCharsets.UTF_8);
    byte[] b = new Header(version, token).write(PacketType.TX_ACK, 8 + json.length);
    System.arraycopy(gatewayId.toBytes(), 0, b, 4, 8);
    System.arraycopy(json, 0, b, 12, json.length);
    return b;
  }

  /** Some forwarders pad the body with NUL bytes or send only whitespace. */
  private static boolean blank(byte[] d, int from, int to) {
    for (int i = from; i < to; i++) {
      if (d[i] != 0 && d[i] != ' ' && d[i] != '\n' && d[i] != '\r' && d[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
