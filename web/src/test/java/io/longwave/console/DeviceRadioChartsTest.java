package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceRadioChartsTest {

  private static final Eui64 DEV = Eui64.parse("0202030405060708");
  private static final GatewayId GW_A = GatewayId.parse("0102030405060708");
  private static final GatewayId GW_B = GatewayId.parse("0102030405060709");
  private static final byte[] PHY = HexFormat.of().parseHex("400403020100000001020304");

  @Test
  void data_uplinks_are_charted_oldest_first_with_the_best_reception() {
    List<LoggedFrame> newestFirst = List.of(
        uplink("12:00:20", MType.CONFIRMED_DATA_UP, 868_300_000, 9,
            UplinkRxInfo.builder(GW_A).rssi(-110).snr(-12).build()),
        uplink("12:00:15", MType.JOIN_REQUEST, 868_100_000, 12,
            UplinkRxInfo.builder(GW_A).rssi(-90).snr(1).build()),
        uplink("12:00:10", MType.UNCONFIRMED_DATA_UP, 868_100_000, 7,
            UplinkRxInfo.builder(GW_A).rssi(-80).snr(2).build(),
            UplinkRxInfo.builder(GW_B).rssi(-60).snr(9.5).build()));
    DeviceRadioCharts charts = DeviceRadioCharts.of(newestFirst, Regions.get(RegionId.EU868));

    JsonObject signal = data(charts.signal());
    assertEquals("[\"12:00:10\",\"12:00:20\"]", signal.getJsonArray("labels").toString());
    assertEquals("[-60,-110]", series(signal, 0).toString());
    assertEquals("[9.5,-12.0]", series(signal, 1).toString());
    JsonObject channel = data(charts.channel());
    assertEquals("[5,3]", series(channel, 0).toString());
    assertEquals("[868.1,868.3]", series(channel, 1).toString());
  }

  @Test
  void without_a_region_the_data_rates_are_gaps() {
    DeviceRadioCharts charts = DeviceRadioCharts.of(List.of(uplink("08:00:00",
        MType.UNCONFIRMED_DATA_UP, 868_500_000, 12,
        UplinkRxInfo.builder(GW_A).rssi(-100).snr(-5).build())), null);
    assertEquals("[null]", series(data(charts.channel()), 0).toString());
  }

  @Test
  void no_data_uplinks_make_empty_charts() {
    assertTrue(DeviceRadioCharts.of(List.of(), null).signal().isEmpty());
  }

  private static LoggedUplink uplink(String time, MType type, long hz, int sf,
      UplinkRxInfo... rx) {
    return new LoggedUplink(Instant.parse("2026-03-01T" + time + "Z"), UUID.randomUUID(), DEV,
        null, type, PHY, new UplinkTxInfo(hz, new LoraModulation(125_000, sf, CodeRate.CR_4_5,
            false)), List.of(rx));
  }

  private static JsonObject data(LineChart chart) {
    return Json.createReader(new StringReader(chart.toJson())).readObject()
        .getJsonObject("data");
  }

  private static JsonArray series(JsonObject data, int index) {
    return data.getJsonArray("datasets").getJsonObject(index).getJsonArray("data");
  }
}
