package io.longwave.integration.influxdb;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The timestamp precision of InfluxDB 1.x writes (ChirpStack v3's {@code precision} enum). */
public enum InfluxDbPrecision {
  NS,
  U,
  MS,
  S,
  M,
  H;

  /** The {@code precision=} query value. */
  public String queryValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A time as an integer in this precision, truncated. */
  public long timestamp(Instant t) {
    long seconds = t.getEpochSecond();
    int nanos = t.getNano();
    return switch (this) {
      case NS -> Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
      case U -> Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000);
      case MS -> Math.addExact(Math.multiplyExact(seconds, 1_000L), nanos / 1_000_000);
      case S -> seconds;
      case M -> Math.floorDiv(seconds, 60);
      case H -> Math.floorDiv(seconds, 3600);
    };
  }

  /** The precision of an API name ({@code NS}...), if it is one. */
  public static Optional<InfluxDbPrecision> of(String name) {
    for (InfluxDbPrecision p : values()) {
      if (p.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
