package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * PULL_RESP (PROTOCOL.TXT §5.4, identifier 0x03): a packet for the gateway to transmit, {@code
 * [version][token:2][0x03][JSON {"txpk":{…}}]}. In version 2 the token is random and comes back
 * in the TX_ACK; version 1 does not use it.
 */
public record PullResp(int version, int token, Txpk txpk) {

  public byte[] encode() {
    byte[] json =
        JsonSupport.object().add("txpk", txpk.toJson()).build().toString()
            .getBytes(StandardCharsets.UTF_8);
    byte[] b = new Header(version, token).write(PacketType.PULL_RESP, json.length);
    System.arraycopy(json, 0, b, 4, json.length);
    return b;
  }

  public static PullResp decode(byte[] d, int length) throws UdpPacketException {
    Header h = Header.read(d);
    JsonObject body = JsonFields.parse(d, 4, length, "PULL_RESP");
    JsonObject txpk = JsonFields.of(body, "PULL_RESP").object("txpk");
    if (txpk == null) {
      throw UdpPacketException.malformed("PULL_RESP has no txpk");
    }
    return new PullResp(h.version(), h.token(), Txpk.read(txpk));
  }
}
