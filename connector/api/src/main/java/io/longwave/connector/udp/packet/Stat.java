package io.longwave.connector.udp.packet;

import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A gateway's status report (PROTOCOL.TXT §4 {@code stat}): time, GPS position, radio packet
 * counters, acknowledgement ratio, and (HAL) temperature. Counters absent from the report are 0.
 */
public record Stat(
    Instant time,
    Double lati,
    Double lon,
    Double alti,
    long rxnb,
    long rxok,
    long rxfw,
    double ackr,
    long dwnb,
    long txnb,
    Double temp) {

  /** "2014-01-12 08:59:28 GMT": the "expanded" time format of the protocol. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT).withZone(ZoneOffset.UTC);

  static Stat read(JsonObject o) throws UdpPacketException {
    StrictJson<UdpPacketException> f = JsonFields.of(o, "stat");
    Instant time = null;
    String t = f.string("time");
    if (t != null && !t.isEmpty()) {
      try {
        time = Instant.from(TIME.parse(t));
      } catch (DateTimeParseException e) {
        try {
          time = Instant.parse(t);
        } catch (DateTimeParseException e2) {
          throw UdpPacketException.malformed("stat.time '" + t + "' is not a time");
        }
      }
    }
    Double ackr = f.decimal("ackr");
    return new Stat(
        time,
        f.decimal("lati"),
        f.decimal("long"),
        f.decimal("alti"),
        zero(f.integer("rxnb")),
        zero(f.integer("rxok")),
        zero(f.integer("rxfw")),
        ackr == null ? 0 : ackr,
        zero(f.integer("dwnb")),
        zero(f.integer("txnb")),
        f.decimal("temp"));
  }

  /** True when the report carries a position: the GPS gives lati, long and alti all non-zero. */
  public boolean hasLocation() {
    return lati != null && lon != null && alti != null && lati != 0 && lon != 0 && alti != 0;
  }

  JsonObject toJson() {
    JsonObjectBuilder b = JsonSupport.object();
    if (time != null) {
      b.add("time", TIME.format(time));
    }
    if (lati != null) {
      b.add("lati", lati);
    }
    if (lon != null) {
      b.add("long", lon);
    }
    if (alti != null) {
      b.add("alti", alti);
    }
    b.add("rxnb", rxnb).add("rxok", rxok).add("rxfw", rxfw).add("ackr", ackr)
        .add("dwnb", dwnb).add("txnb", txnb);
    if (temp != null) {
      b.add("temp", temp);
    }
    return b.build();
  }

  private static long zero(Long v) {
    return v == null ? 0 : v;
  }
}
