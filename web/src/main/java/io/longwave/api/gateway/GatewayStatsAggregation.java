package io.longwave.api.gateway;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.application.error.ApiException;
import io.longwave.domain.gateway.GatewayStatsRecord;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums a gateway's statistics reports per interval as ChirpStack v3's {@code GetStats} answers:
 * one item per interval from the one holding the start to the one holding the end, zeros where
 * nothing was reported. At most {@value #MAX_INTERVALS} intervals per request.
 */
public final class GatewayStatsAggregation {

  static final int MAX_INTERVALS = 10_000;

  private GatewayStatsAggregation() {}

  public static List<JsonObject> aggregate(List<GatewayStatsRecord> records,
      StatsInterval interval, Instant start, Instant end) {
    TreeMap<Instant, long[]> sums = new TreeMap<>();
    int n = 0;
    for (Instant t = interval.start(start); t.isBefore(end); t = interval.next(t)) {
      if (++n > MAX_INTERVALS) {
        throw ApiException.invalidArgument(
            "the time range holds more than " + MAX_INTERVALS + " intervals; use a larger one");
      }
      sums.put(t, new long[4]);
    }
    for (GatewayStatsRecord r : records) {
      Map.Entry<Instant, long[]> e = sums.floorEntry(r.receivedAt());
      if (e == null) {
        continue;
      }
      long[] s = e.getValue();
      s[0] += r.rxPacketsReceived();
      s[1] += r.rxPacketsReceivedOk();
      s[2] += r.txPacketsReceived();
      s[3] += r.txPacketsEmitted();
    }
    List<JsonObject> out = new ArrayList<>();
    sums.forEach((t, s) -> out.add(JSON.createObjectBuilder()
        .add("timestamp", ProtoJson.timestamp(t))
        .add("rxPacketsReceived", (int) Math.min(s[0], Integer.MAX_VALUE))
        .add("rxPacketsReceivedOK", (int) Math.min(s[1], Integer.MAX_VALUE))
        .add("txPacketsReceived", (int) Math.min(s[2], Integer.MAX_VALUE))
        .add("txPacketsEmitted", (int) Math.min(s[3], Integer.MAX_VALUE))
        .add("txPacketsPerFrequency", JSON.createObjectBuilder())
        .add("rxPacketsPerFrequency", JSON.createObjectBuilder())
        .add("txPacketsPerDr", JSON.createObjectBuilder())
        .add("rxPacketsPerDr", JSON.createObjectBuilder())
        .add("txPacketsPerStatus", JSON.createObjectBuilder())
        .build()));
    return out;
  }
}
