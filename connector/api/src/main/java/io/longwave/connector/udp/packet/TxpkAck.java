package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The gateway's answer to a PULL_RESP (PROTOCOL.TXT §5.6 {@code txpk_ack}): {@code error} is
 * NONE (or absent) when the packet was programmed for transmission, else TOO_LATE, TOO_EARLY,
 * COLLISION_PACKET, COLLISION_BEACON, TX_FREQ, TX_POWER or GPS_UNLOCKED; HAL 1.5 reports a power
 * change as {@code warn} TX_POWER with the power used in {@code value}.
 */
public record TxpkAck(String error, String warn, Integer value) {

  /** No error. */
  public boolean ok() {
    return error == null || error.isEmpty() || error.equals("NONE");
  }

  static TxpkAck read(JsonObject o) throws UdpPacketException {
    StrictJson<UdpPacketException> f = JsonFields.of(o, "txpk_ack");
    Long v = f.integer("value");
    return new TxpkAck(f.string("error"), f.string("warn"), v == null ? null : v.intValue());
  }

  JsonObject toJson() {
    JsonObjectBuilder b = JsonSupport.object();
    if (error != null) {
      b.add("error", error);
    }
    if (warn != null) {
      b.add("warn", warn);
    }
    if (value != null) {
      b.add("value", value);
    }
    return b.build();
  }
}
