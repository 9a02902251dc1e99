package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Base64;

/**
 * A packet to transmit (PROTOCOL.TXT §6 {@code txpk}, with HAL's {@code tmms}, {@code brd} and
 * {@code ant}). Exactly one of {@code imme}, {@code tmst} and {@code tmms} says when. Optional
 * fields are written only when set, as the ChirpStack gateway bridge does.
 */
public record Txpk(
    boolean imme,
    Long tmst,
    Long tmms,
    double freqMhz,
    int rfch,
    int powe,
    String modu,
    String datr,
    String codr,
    Integer fdev,
    boolean ipol,
    Integer prea,
    byte[] data,
    Boolean ncrc,
    int brd,
    int ant) {

  JsonObject toJson() {
    JsonObjectBuilder b = JsonSupport.object().add("imme", imme);
    if (tmst != null) {
      b.add("tmst", tmst);
    }
    if (tmms != null) {
      b.add("tmms", tmms);
    }
    b.add("freq", freqMhz).add("rfch", rfch).add("powe", powe).add("ant", ant).add("brd", brd)
        .add("modu", modu);
    if ("FSK".equals(modu)) {
      b.add("datr", Long.parseLong(datr));
    } else {
      b.add("datr", datr);
    }
    if (codr != null) {
      b.add("codr", codr);
    }
    if (fdev != null) {
      b.add("fdev", fdev);
    }
    b.add("ipol", ipol);
    if (prea != null) {
      b.add("prea", prea);
    }
    b.add("size", data.length).add("data", Base64.getEncoder().encodeToString(data));
    if (ncrc != null) {
      b.add("ncrc", ncrc);
    }
    return b.build();
  }

  static Txpk read(JsonObject o) throws UdpPacketException {
    StrictJson<UdpPacketException> f = JsonFields.of(o, "txpk");
    JsonValue datr = f.raw("datr");
    String datrText =
        datr == null ? null
            : datr.getValueType() == JsonValue.ValueType.NUMBER ? datr.toString() : f.string("datr");
    byte[] data = f.base64("data");
    Double freq = f.decimal("freq");
    if (data == null || freq == null || f.string("modu") == null || datrText == null) {
      throw UdpPacketException.malformed("txpk needs freq, modu, datr and data");
    }
    Long fdev = f.integer("fdev");
    Long prea = f.integer("prea");
    return new Txpk(
        Boolean.TRUE.equals(f.bool("imme")),
        f.integer("tmst"),
        f.integer("tmms"),
        freq,
        intOr(f.integer("rfch")),
        intOr(f.integer("powe")),
        f.string("modu"),
        datrText,
        f.string("codr"),
        fdev == null ? null : fdev.intValue(),
        Boolean.TRUE.equals(f.bool("ipol")),
        prea == null ? null : prea.intValue(),
        data,
        f.bool("ncrc"),
        intOr(f.integer("brd")),
        intOr(f.integer("ant")));
  }

  private static int intOr(Long v) {
    return v == null ? 0 : v.intValue();
  }
}
