package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One antenna's reception of an rxpk (packet forwarder v2 and the SX1301 v2 reference design,
 * {@code rsig} array): antenna, channel, RSSI, SNR and the (encrypted or plain) fine timestamp.
 */
public record Rsig(
    int ant,
    int chan,
    Integer rssic,
    Integer rssis,
    Double lsnr,
    byte[] etime,
    Long ftime,
    Double foff) {

  static Rsig read(JsonObject o, String where) throws UdpPacketException {
    StrictJson<UdpPacketException> f = JsonFields.of(o, where);
    Long ant = f.integer("ant");
    Long chan = f.integer("chan");
    return new Rsig(
        ant == null ? 0 : ant.intValue(),
        chan == null ? 0 : chan.intValue(),
        toInt(f.integer("rssic")),
        toInt(f.integer("rssis")),
        f.decimal("lsnr"),
        f.base64("etime"),
        f.integer("ftime"),
        f.decimal("foff"));
  }

  JsonObject toJson() {
    JsonObjectBuilder b = JsonSupport.object().add("ant", ant).add("chan", chan);
    if (rssic != null) {
      b.add("rssic", rssic);
    }
    if (rssis != null) {
      b.add("rssis", rssis);
    }
    if (lsnr != null) {
      b.add("lsnr", lsnr);
    }
    if (etime != null) {
      b.add("etime", java.util.Base64.getEncoder().encodeToString(etime));
    }
    if (ftime != null) {
      b.add("ftime", ftime);
    }
    if (foff != null) {
      b.add("foff", foff);
    }
    return b.build();
  }

  static Integer toInt(Long v) {
    return v == null ? null : (int) (long) v;
  }
}
