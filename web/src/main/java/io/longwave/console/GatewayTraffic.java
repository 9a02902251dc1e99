package io.longwave.console;

import io.longwave.api.gateway.GatewayStatsAggregation;
import io.longwave.api.gateway.StatsInterval;
import io.longwave.domain.gateway.GatewayStatsRecord;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A gateway's traffic over a period as the gateway page charts it: the packets its statistics
 * reports counted as received (rxPacketsReceived) and as sent (txPacketsEmitted), summed per
 * interval the way ChirpStack v3's {@code GetStats} sums them.
 */
public enum GatewayTraffic {
  /** The last hour, per minute. */
  LAST_HOUR("last hour", StatsInterval.MINUTE, Duration.ofHours(1), "HH:mm"),
  /** The last day, per hour. */
  LAST_DAY("last day", StatsInterval.HOUR, Duration.ofDays(1), "MM-dd HH:mm"),
  /** The last 30 days, per day. */
  LAST_MONTH("last 30 days", StatsInterval.DAY, Duration.ofDays(30), "MM-dd");

  private final String title;
  private final StatsInterval interval;
  private final Duration period;
  private final DateTimeFormatter label;

  GatewayTraffic(String title, StatsInterval interval, Duration period, String labelPattern) {
    this.title = title;
    this.interval = interval;
    this.period = period;
    this.label = DateTimeFormatter.ofPattern(labelPattern).withZone(ZoneOffset.UTC);
  }

  /** The period in words, for the page. */
  public String title() {
    return title;
  }

  /** Where the period ending at {@code now} starts. */
  public Instant start(Instant now) {
    return now.minus(period);
  }

  /** The chart of {@code records}, the reports of the period ending at {@code now}. */
  public LineChart chart(List<GatewayStatsRecord> records, Instant now) {
    List<JsonObject> sums = GatewayStatsAggregation.aggregate(records, interval, start(now),
        now);
    List<String> labels = sums.stream()
        .map(s -> label.format(Instant.parse(s.getString("timestamp")))).toList();
    return new LineChart(labels)
        .left("packets (UTC times)", "received", "#1e88e5",
            sums.stream().map(s -> s.getInt("rxPacketsReceived")).toList())
        .left("packets (UTC times)", "sent", "#43a047",
            sums.stream().map(s -> s.getInt("txPacketsEmitted")).toList());
  }
}
