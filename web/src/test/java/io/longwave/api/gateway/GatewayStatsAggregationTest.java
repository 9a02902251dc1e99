package io.longwave.api.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.application.error.ApiException;
import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayStatsAggregationTest {

  private static final Eui64 GW = Eui64.parse("0016c001f153a14c");

  private static GatewayStatsRecord at(String t, long rx, long rxOk) {
    return new GatewayStatsRecord(GW, Instant.parse(t), rx, rxOk, 1, 1);
  }

  @Test
  void reports_are_summed_per_interval_and_empty_intervals_are_zero() {
    List<JsonObject> r = GatewayStatsAggregation.aggregate(
        List.of(at("2024-05-01T10:00:30Z", 5, 4), at("2024-05-01T10:59:00Z", 3, 3),
            at("2024-05-01T12:10:00Z", 1, 0)),
        StatsInterval.HOUR, Instant.parse("2024-05-01T10:15:00Z"),
        Instant.parse("2024-05-01T13:00:00Z"));
    assertEquals(3, r.size());
    assertEquals("2024-05-01T10:00:00Z", r.get(0).getString("timestamp"));
    assertEquals(8, r.get(0).getInt("rxPacketsReceived"));
    assertEquals(7, r.get(0).getInt("rxPacketsReceivedOK"));
    assertEquals(2, r.get(0).getInt("txPacketsEmitted"));
    assertEquals(0, r.get(1).getInt("rxPacketsReceived"));
    assertEquals(1, r.get(2).getInt("rxPacketsReceived"));
  }

  @Test
  void months_start_on_the_first_day() {
    List<JsonObject> r = GatewayStatsAggregation.aggregate(List.of(), StatsInterval.MONTH,
        Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"));
    assertEquals(3, r.size());
    assertEquals("2024-02-01T00:00:00Z", r.get(1).getString("timestamp"));
  }

  @Test
  void bad_intervals_and_huge_ranges_are_refused() {
    assertThrows(ApiException.class, () -> StatsInterval.parse("WEEK"));
    assertEquals(StatsInterval.DAY, StatsInterval.parse("day"));
    assertThrows(ApiException.class, () -> GatewayStatsAggregation.aggregate(List.of(),
        StatsInterval.MINUTE, Instant.parse("2020-01-01T00:00:00Z"),
        Instant.parse("2024-01-01T00:00:00Z")));
  }
}
