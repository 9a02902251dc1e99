package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

  @Test
  void series_go_on_their_axes_with_gaps_for_missing_values() {
    JsonObject chart = parse(new LineChart(List.of("a", "b", "c"))
        .left("RSSI (dBm)", "RSSI", "#111111", Arrays.asList(-60, null, -70))
        .right("SNR (dB)", "SNR", "#222222", List.of(7.5, 8.0, -1.25)).toJson());
    assertEquals("line", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals("[\"a\",\"b\",\"c\"]", data.getJsonArray("labels").toString());
    JsonObject rssi = data.getJsonArray("datasets").getJsonObject(0);
    assertEquals("RSSI", rssi.getString("label"));
    assertEquals("[-60,null,-70]", rssi.getJsonArray("data").toString());
    assertEquals("y", rssi.getString("yAxisID"));
    JsonObject snr = data.getJsonArray("datasets").getJsonObject(1);
    assertEquals("[7.5,8.0,-1.25]", snr.getJsonArray("data").toString());
    assertEquals("y1", snr.getString("yAxisID"));
    JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
    assertEquals("RSSI (dBm)", scales.getJsonObject("y").getJsonObject("title").getString("text"));
    assertEquals("right", scales.getJsonObject("y1").getString("position"));
  }

  @Test
  void without_a_right_series_there_is_no_right_axis() {
    JsonObject chart = parse(new LineChart(List.of("x"))
        .left("packets", "received", "#1", List.of(3)).toJson());
    assertFalse(chart.getJsonObject("options").getJsonObject("scales").containsKey("y1"));
  }

  @Test
  void a_series_must_have_one_value_per_label() {
    assertThrows(IllegalArgumentException.class,
        () -> new LineChart(List.of("a", "b")).left("", "one", "#1", List.of(1)));
  }

  @Test
  void a_chart_without_labels_is_empty() {
    assertTrue(new LineChart(List.of()).isEmpty());
    assertFalse(new LineChart(List.of("a")).isEmpty());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
