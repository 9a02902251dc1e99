package io.longwave.api.gateway;

import io.longwave.application.error.ApiException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The aggregation intervals of ChirpStack v3's statistics, in UTC. */
public enum StatsInterval {
  MINUTE,
  HOUR,
  DAY,
  MONTH;

  public static StatsInterval parse(String value) {
    try {
      return valueOf((value == null ? "" : value.strip()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("interval must be MINUTE, HOUR, DAY or MONTH");
    }
  }

  /** The start of the interval holding {@code t}. */
  public Instant start(Instant t) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    return switch (this) {
      case MINUTE -> z.truncatedTo(ChronoUnit.MINUTES).toInstant();
      case HOUR -> z.truncatedTo(ChronoUnit.HOURS).toInstant();
      case DAY -> z.truncatedTo(ChronoUnit.DAYS).toInstant();
      case MONTH -> z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
    };
  }

  /** The start of the next interval. */
  public Instant next(Instant start) {
    ZonedDateTime z = start.atZone(ZoneOffset.UTC);
    return switch (this) {
      case MINUTE -> z.plusMinutes(1).toInstant();
      case HOUR -> z.plusHours(1).toInstant();
      case DAY -> z.plusDays(1).toInstant();
      case MONTH -> z.plusMonths(1).toInstant();
    };
  }
}
