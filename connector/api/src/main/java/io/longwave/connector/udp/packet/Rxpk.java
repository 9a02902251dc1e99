package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A received packet as the packet forwarder reports it (PROTOCOL.TXT §4 {@code rxpk}, with the
 * later HAL fields {@code tmms}, {@code ftime}, {@code brd}, {@code aesk}, {@code rsig}). For
 * LoRa {@code datr} is a string such as {@code SF7BW125}; for FSK it is a number in bit/s: both
 * are kept in {@link #datr} as text.
 */
public record Rxpk(
    Instant time,
    Long tmms,
    long tmst,
    Long ftime,
    double freqMhz,
    int chan,
    int rfch,
    int brd,
    int stat,
    String modu,
    String datr,
    String codr,
    int rssi,
    Double lsnr,
    Integer aesk,
    byte[] data,
    List<Rsig> rsig) {

  static Rxpk read(JsonObject o, String where) throws UdpPacketException {
    StrictJson<UdpPacketException> f = JsonFields.of(o, where);
    String modu = f.string("modu");
    if (modu == null) {
      throw UdpPacketException.malformed(where + ".modu is missing");
    }
    JsonValue datrValue = f.raw("datr");
    String datr;
    if (datrValue instanceof JsonNumber n && modu.equals("FSK")) {
      datr = Long.toString(n.longValue());
    } else if (datrValue != null
        && datrValue.getValueType() == JsonValue.ValueType.STRING
        && !modu.equals("FSK")) {
      datr = f.string("datr");
    } else {
      throw f.type("datr", "a string such as SF7BW125 (LoRa) or a number of bit/s (FSK)");
    }
    Double freq = f.decimal("freq");
    if (freq == null) {
      throw UdpPacketException.malformed(where + ".freq is missing");
    }
    byte[] data = f.base64("data");
    if (data == null) {
      throw UdpPacketException.malformed(where + ".data is missing");
    }
    Long size = f.integer("size");
    if (size != null && size != data.length) {
      throw UdpPacketException.malformed(
          where + ".size " + size + " does not match the " + data.length + " bytes of data");
    }
    Long tmst = f.integer("tmst");
    if (tmst == null || tmst < 0 || tmst > 0xffffffffL) {
      throw UdpPacketException.malformed(where + ".tmst must be a 32-bit counter value");
    }
    Instant time = null;
    String t = f.string("time");
    if (t != null && !t.isEmpty()) {
      try {
        time = Instant.parse(t);
      } catch (DateTimeParseException e) {
        throw UdpPacketException.malformed(where + ".time '" + t + "' is not ISO 8601 UTC");
      }
    }
    JsonArray rsigs = f.array("rsig");
    List<Rsig> rsig = new ArrayList<>();
    if (rsigs != null) {
      for (int i = 0; i < rsigs.size(); i++) {
        if (rsigs.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          throw UdpPacketException.malformed(where + ".rsig[" + i + "] is not an object");
        }
        rsig.add(Rsig.read(rsigs.getJsonObject(i), where + ".rsig[" + i + "]"));
      }
    }
    Long rssi = f.integer("rssi");
    return new Rxpk(
        time,
        f.integer("tmms"),
        tmst,
        f.integer("ftime"),
        freq,
        intOr(f.integer("chan")),
        intOr(f.integer("rfch")),
        intOr(f.integer("brd")),
        intOr(f.integer("stat")),
        modu,
        datr,
        f.string("codr"),
        rssi == null ? 0 : rssi.intValue(),
        f.decimal("lsnr"),
        Rsig.toInt(f.integer("aesk")),
        data,
        List.copyOf(rsig));
  }

  JsonObject toJson() {
    JsonObjectBuilder b = JsonSupport.object();
    if (time != null) {
      b.add("time", time.toString());
    }
    if (tmms != null) {
      b.add("tmms", tmms);
    }
    b.add("tmst", tmst);
    if (ftime != null) {
      b.add("ftime", ftime);
    }
    b.add("freq", freqMhz).add("chan", chan).add("rfch", rfch);
    if (brd != 0) {
      b.add("brd", brd);
    }
    b.add("stat", stat).add("modu", modu);
    if ("FSK".equals(modu)) {
      b.add("datr", Long.parseLong(datr));
    } else {
      b.add("datr", datr);
    }
    if (codr != null) {
      b.add("codr", codr);
    }
    b.add("rssi", rssi);
    if (lsnr != null) {
      b.add("lsnr", lsnr);
    }
    if (aesk != null) {
      b.add("aesk", aesk);
    }
    b.add("size", data.length).add("data", Base64.getEncoder().encodeToString(data));
    if (!rsig.isEmpty()) {
      JsonArrayBuilder a = JsonSupport.array();
      for (Rsig r : rsig) {
        a.add(r.toJson());
      }
      b.add("rsig", a);
    }
    return b.build();
  }

  private static int intOr(Long v) {
    return v == null ? 0 : v.intValue();
  }
}
