package io.longwave.simulator.udp;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * A packet the server asks a gateway to transmit: the {@code txpk} of a PULL_RESP (PROTOCOL.TXT
 * §6). When to send is {@code imme}, or a {@code tmst} counter value, or a GPS time {@code tmms}
 * (HAL); the absent ones are null. Immutable: the data is copied in and out.
 *
 * @param imme send at once
 * @param tmst the gateway counter value to send at, or null
 * @param tmms GPS milliseconds to send at, or null
 * @param frequencyHz centre frequency in Hz ({@code freq} in MHz)
 * @param rfch RF chain
 * @param powe transmit power in dBm
 * @param modu {@code LORA} or {@code FSK}
 * @param datr data rate: {@code SF9BW125}, or bits per second for FSK
 * @param codr coding rate, or null
 * @param ipol LoRa polarisation inversion (true for LoRaWAN downlinks)
 * @param data the PHYPayload
 */
public record TxPacket(
    boolean imme,
    Long tmst,
    Long tmms,
    long frequencyHz,
    int rfch,
    int powe,
    String modu,
    String datr,
    String codr,
    boolean ipol,
    byte[] data) {

  public TxPacket {
    if (modu == null || datr == null || data == null) {
      throw new IllegalArgumentException("a txpk needs modu, datr and data");
    }
    data = data.clone();
  }

  /** A copy of the PHYPayload. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Appends the txpk object, optional members only when set. */
  void appendJson(StringBuilder b) {
    b.append("{\"imme\":").append(imme);
    if (tmst != null) {
      b.append(",\"tmst\":").append(tmst.longValue());
    }
    if (tmms != null) {
      b.append(",\"tmms\":").append(tmms.longValue());
    }
    b.append(",\"freq\":");
    Json.appendFixed(b, frequencyHz / 1e6, 6);
    b.append(",\"rfch\":").append(rfch).append(",\"powe\":").append(powe).append(",\"modu\":");
    Json.appendString(b, modu);
    b.append(",\"datr\":");
    if ("FSK".equals(modu)) {
      b.append(datr);
    } else {
      Json.appendString(b, datr);
    }
    if (codr != null) {
      b.append(",\"codr\":");
      Json.appendString(b, codr);
    }
    b.append(",\"ipol\":").append(ipol).append(",\"size\":").append(data.length)
        .append(",\"data\":\"").append(Base64.getEncoder().encodeToString(data)).append("\"}");
  }

  /** Reads a txpk object. */
  static TxPacket read(Map<String, Object> o) {
    JsonFields f = new JsonFields(o, "txpk");
    String modu = f.string("modu", true);
    Object datr = f.raw("datr");
    String datrText;
    if (datr instanceof String s) {
      datrText = s;
    } else if (datr instanceof Long n && "FSK".equals(modu)) {
      datrText = Long.toString(n);
    } else {
      throw f.type("datr", "a string like SF9BW125 (or a bit rate for FSK)", datr);
    }
    byte[] data = f.base64("data");
    Long size = f.integer("size", false);
    if (size != null && size != data.length) {
      throw new PacketFormatException(
          "txpk.size is " + size + " but data has " + data.length + " bytes");
    }
    Long tmst = f.integer("tmst", false);
    if (tmst != null && (tmst < 0 || tmst > 0xffffffffL)) {
      throw new PacketFormatException("txpk.tmst must be a 32-bit counter, got " + tmst);
    }
    boolean imme = f.bool("imme");
    Long tmms = f.integer("tmms", false);
    if (!imme && tmst == null && tmms == null) {
      throw new PacketFormatException("txpk needs imme, tmst or tmms to say when to send");
    }
    Long rfch = f.integer("rfch", false);
    Long powe = f.integer("powe", false);
    return new TxPacket(
        imme,
        tmst,
        tmms,
        Math.round(f.decimal("freq", true) * 1e6),
        rfch == null ? 0 : rfch.intValue(),
        powe == null ? 0 : powe.intValue(),
        modu,
        datrText,
        f.string("codr", false),
        f.bool("ipol"),
        data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TxPacket t
        && imme == t.imme
        && Objects.equals(tmst, t.tmst)
        && Objects.equals(tmms, t.tmms)
        && frequencyHz == t.frequencyHz
        && rfch == t.rfch
        && powe == t.powe
        && modu.equals(t.modu)
        && datr.equals(t.datr)
        && Objects.equals(codr, t.codr)
        && ipol == t.ipol
        && Arrays.equals(data, t.data);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(frequencyHz) * 31 + Arrays.hashCode(data);
  }
}
