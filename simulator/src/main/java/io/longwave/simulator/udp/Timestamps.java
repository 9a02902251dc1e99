package io.longwave.simulator.udp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The two time formats of PROTOCOL.TXT §4: "compact" ISO 8601 with microseconds for {@code
 * rxpk.time} ({@code 2013-03-31T16:21:17.528002Z}) and "expanded" for {@code stat.time} ({@code
 * 2014-01-12 08:59:28 GMT}).
 */
final class Timestamps {

  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter EXPANDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Timestamps() {}

  static String compact(Instant t) {
    return COMPACT.format(t.truncatedTo(ChronoUnit.MICROS));
  }

  static String expanded(Instant t) {
    return EXPANDED.format(t);
  }

  static Instant parseCompact(String s, String where) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new PacketFormatException(where + " must be ISO 8601 UTC, got '" + s + "'", e);
    }
  }

  static Instant parseExpanded(String s, String where) {
    try {
      return Instant.from(EXPANDED.parse(s));
    } catch (DateTimeParseException e) {
      throw new PacketFormatException(
          where + " must be like '2014-01-12 08:59:28 GMT', got '" + s + "'", e);
    }
  }
}
