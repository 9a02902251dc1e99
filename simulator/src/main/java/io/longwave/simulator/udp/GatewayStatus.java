package io.longwave.simulator.udp;

import java.time.Instant;
import java.util.Map;

/**
 * A gateway's status report: the {@code stat} object of PUSH_DATA (PROTOCOL.TXT §4), sent every
 * {@code stat_interval} (30 s by default).
 *
 * @param time UTC time of the report (written in the "expanded" format, whole seconds)
 * @param latitude GPS latitude in degrees ({@code lati})
 * @param longitude GPS longitude in degrees ({@code long})
 * @param altitudeM altitude in metres ({@code alti})
 * @param rxnb radio packets received
 * @param rxok radio packets received with a valid CRC
 * @param rxfw radio packets forwarded
 * @param ackr percentage of upstream datagrams that were acknowledged
 * @param dwnb downlink datagrams received
 * @param txnb packets emitted
 */
public record GatewayStatus(
    Instant time,
    double latitude,
    double longitude,
    int altitudeM,
    long rxnb,
    long rxok,
    long rxfw,
    double ackr,
    long dwnb,
    long txnb) {

  public GatewayStatus {
    if (time == null) {
      throw new IllegalArgumentException("a stat needs a time");
    }
  }

  void appendJson(StringBuilder b) {
    b.append("{\"time\":");
    Json.appendString(b, Timestamps.expanded(time));
    b.append(",\"lati\":");
    Json.appendFixed(b, latitude, 5);
    b.append(",\"long\":");
    Json.appendFixed(b, longitude, 5);
    b.append(",\"alti\":").append(altitudeM)
        .append(",\"rxnb\":").append(rxnb)
        .append(",\"rxok\":").append(rxok)
        .append(",\"rxfw\":").append(rxfw)
        .append(",\"ackr\":");
    Json.appendFixed(b, ackr, 1);
    b.append(",\"dwnb\":").append(dwnb).append(",\"txnb\":").append(txnb).append('}');
  }

  static GatewayStatus read(Map<String, Object> o) {
    JsonFields f = new JsonFields(o, "stat");
    return new GatewayStatus(
        Timestamps.parseExpanded(f.string("time", true), "stat.time"),
        zero(f.decimal("lati", false)),
        zero(f.decimal("long", false)),
        (int) zero(f.decimal("alti", false)),
        (long) zero(f.decimal("rxnb", false)),
        (long) zero(f.decimal("rxok", false)),
        (long) zero(f.decimal("rxfw", false)),
        zero(f.decimal("ackr", false)),
        (long) zero(f.decimal("dwnb", false)),
        (long) zero(f.decimal("txnb", false)));
  }

  private static double zero(Double d) {
    return d == null ? 0 : d;
  }
}
