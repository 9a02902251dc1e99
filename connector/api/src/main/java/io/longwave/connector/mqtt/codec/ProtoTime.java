package io.longwave.connector.mqtt.codec;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The protobuf JSON forms of {@code google.protobuf.Duration} ({@code "1.5s"}) and {@code
 * google.protobuf.Timestamp} (RFC 3339), and their binary messages (seconds = 1, nanos = 2).
 */
final class ProtoTime {

  private ProtoTime() {}

  static Duration parseDuration(String s, String field) throws MqttMessageException {
    if (s == null || !s.endsWith("s")) {
      throw new MqttMessageException(field + " must be a duration such as \"1.5s\", got " + s);
    }
    try {
      BigDecimal seconds = new BigDecimal(s.substring(0, s.length() - 1));
      return Duration.ofSeconds(seconds.longValue(),
          seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new MqttMessageException(field + " must be a duration such as \"1.5s\", got " + s);
    }
  }

  static String formatDuration(Duration d) {
    BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    return s.stripTrailingZeros().toPlainString() + "s";
  }

  static Instant parseTimestamp(String s, String field) throws MqttMessageException {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new MqttMessageException(field + " must be an RFC 3339 time, got " + s);
    }
  }

  static Duration readDuration(ProtoReader r) throws MqttMessageException {
    long seconds = 0;
    long nanos = 0;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> seconds = r.uint("seconds");
        case 2 -> nanos = r.int32("nanos");
        default -> r.skip();
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  static Instant readTimestamp(ProtoReader r) throws MqttMessageException {
    Duration d = readDuration(r);
    return Instant.ofEpochSecond(d.getSeconds(), d.getNano());
  }

  static ProtoWriter write(Duration d) {
    return new ProtoWriter().uint(1, d.getSeconds()).int32(2, d.getNano());
  }
}
