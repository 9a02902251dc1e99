package io.longwave.simulator.udp;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * One received LoRa packet as a gateway reports it: an element of {@code rxpk} in PUSH_DATA
 * (PROTOCOL.TXT §4). Only LoRa modulation is simulated. Immutable: the data is copied in and out.
 *
 * @param time UTC time of reception (written with microseconds), or null when the gateway has no
 *     clock
 * @param tmst the gateway's internal microsecond counter at the end of reception, 32 bits
 * @param chan IF channel of the concentrator
 * @param rfch RF chain
 * @param frequencyHz centre frequency in Hz (written as {@code freq} in MHz, 6 decimals)
 * @param stat CRC status: 1 OK, -1 failed, 0 no CRC
 * @param datr LoRa data rate, e.g. {@code SF7BW125}
 * @param codr coding rate, e.g. {@code 4/5}
 * @param rssiDbm RSSI in dBm
 * @param snrDb LoRa SNR in dB ({@code lsnr}, one decimal)
 * @param data the PHYPayload
 */
public record RxPacket(
    Instant time,
    long tmst,
    int chan,
    int rfch,
    long frequencyHz,
    int stat,
    String datr,
    String codr,
    int rssiDbm,
    double snrDb,
    byte[] data) {

  public RxPacket {
    if (tmst < 0 || tmst > 0xffffffffL) {
      throw new IllegalArgumentException("tmst is a 32-bit counter, got " + tmst);
    }
    if (datr == null || codr == null || data == null) {
      throw new IllegalArgumentException("an rxpk needs datr, codr and data");
    }
    data = data.clone();
  }

  /** A copy of the PHYPayload. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Appends the rxpk object. */
  void appendJson(StringBuilder b) {
    b.append('{');
    if (time != null) {
      b.append("\"time\":");
      Json.appendString(b, Timestamps.compact(time));
      b.append(',');
    }
    b.append("\"tmst\":").append(tmst)
        .append(",\"chan\":").append(chan)
        .append(",\"rfch\":").append(rfch)
        .append(",\"freq\":");
    Json.appendFixed(b, frequencyHz / 1e6, 6);
    b.append(",\"stat\":").append(stat).append(",\"modu\":\"LORA\",\"datr\":");
    Json.appendString(b, datr);
    b.append(",\"codr\":");
    Json.appendString(b, codr);
    b.append(",\"rssi\":").append(rssiDbm).append(",\"lsnr\":");
    Json.appendFixed(b, snrDb, 1);
    b.append(",\"size\":").append(data.length).append(",\"data\":\"")
        .append(Base64.getEncoder().encodeToString(data)).append("\"}");
  }

  /** Reads an rxpk object; {@code where} names it in errors. */
  static RxPacket read(Map<String, Object> o, String where) {
    JsonFields f = new JsonFields(o, where);
    String modu = f.string("modu", true);
    if (!"LORA".equals(modu)) {
      throw new PacketFormatException(where + ".modu: only LORA is simulated, got '" + modu + "'");
    }
    byte[] data = f.base64("data");
    Long size = f.integer("size", false);
    if (size != null && size != data.length) {
      throw new PacketFormatException(
          where + ".size is " + size + " but data has " + data.length + " bytes");
    }
    long tmst = f.integer("tmst", true);
    if (tmst < 0 || tmst > 0xffffffffL) {
      throw new PacketFormatException(where + ".tmst must be a 32-bit counter, got " + tmst);
    }
    String t = f.string("time", false);
    Double lsnr = f.decimal("lsnr", false);
    return new RxPacket(
        t == null ? null : Timestamps.parseCompact(t, f.where("time")),
        tmst,
        f.integer("chan", false) == null ? 0 : f.integer("chan", false).intValue(),
        f.integer("rfch", false) == null ? 0 : f.integer("rfch", false).intValue(),
        Math.round(f.decimal("freq", true) * 1e6),
        f.integer("stat", false) == null ? 0 : f.integer("stat", false).intValue(),
        f.string("datr", true),
        f.string("codr", true),
        f.integer("rssi", true).intValue(),
        lsnr == null ? 0 : lsnr,
        data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RxPacket r
        && Objects.equals(time, r.time)
        && tmst == r.tmst
        && chan == r.chan
        && rfch == r.rfch
        && frequencyHz == r.frequencyHz
        && stat == r.stat
        && datr.equals(r.datr)
        && codr.equals(r.codr)
        && rssiDbm == r.rssiDbm
        && Double.compare(snrDb, r.snrDb) == 0
        && Arrays.equals(data, r.data);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(tmst) * 31 + Arrays.hashCode(data);
  }
}
