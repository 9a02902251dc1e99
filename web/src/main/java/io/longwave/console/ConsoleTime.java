package io.longwave.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes instants: to the second, in UTC. */
public final class ConsoleTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private ConsoleTime() {}

  /** The instant as text, or {@code whenNull} for null. */
  public static String format(Instant instant, String whenNull) {
    return instant == null ? whenNull : FORMAT.format(instant);
  }
}
