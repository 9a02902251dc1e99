package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.lorawan.Eui64;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayTrafficTest {

  private static final Eui64 GW = Eui64.parse("0016c001ff10a235");
  private static final Instant NOW = Instant.parse("2026-03-01T12:34:56Z");

  @Test
  void the_last_hour_sums_received_and_sent_per_minute() {
    List<GatewayStatsRecord> reports = List.of(
        new GatewayStatsRecord(GW, Instant.parse("2026-03-01T12:34:10Z"), 5, 4, 1, 1),
        new GatewayStatsRecord(GW, Instant.parse("2026-03-01T12:34:40Z"), 2, 2, 3, 2),
        new GatewayStatsRecord(GW, Instant.parse("2026-03-01T11:40:00Z"), 7, 7, 0, 0));
    JsonObject data = chart(GatewayTraffic.LAST_HOUR, reports).getJsonObject("data");
    JsonArray labels = data.getJsonArray("labels");
    assertEquals(61, labels.size());
    assertEquals("11:34", labels.getString(0));
    assertEquals("12:34", labels.getString(60));
    JsonArray received = data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
    JsonArray sent = data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data");
    assertEquals(7, received.getInt(60));
    assertEquals(3, sent.getInt(60));
    assertEquals(7, received.getInt(6));
    assertEquals(0, received.getInt(1));
  }

  @Test
  void the_last_day_is_per_hour_and_the_last_month_per_day() {
    JsonArray day = chart(GatewayTraffic.LAST_DAY, List.of()).getJsonObject("data")
        .getJsonArray("labels");
    assertEquals(25, day.size());
    assertEquals("03-01 12:00", day.getString(24));
    JsonArray month = chart(GatewayTraffic.LAST_MONTH, List.of()).getJsonObject("data")
        .getJsonArray("labels");
    assertEquals(31, month.size());
    assertEquals("01-30", month.getString(0));
    assertEquals("03-01", month.getString(30));
  }

  private static JsonObject chart(GatewayTraffic period, List<GatewayStatsRecord> reports) {
    return Json.createReader(new StringReader(period.chart(reports, NOW).toJson())).readObject();
  }
}
