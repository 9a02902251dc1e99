package io.longwave.api.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.api.gateway.StatsInterval;
import io.longwave.application.error.ApiException;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceStatsAndStreamsTest {

  private static final Eui64 EUI = Eui64.parse("0102030405060708");
  /** An unconfirmed data uplink of DevAddr 01020304, FCnt 1, FPort 1, payload 0xAB. */
  private static final byte[] PHY = Hex.decode("40040302010001000101ab01020304", "phy");

  private static LoggedUplink uplink(Instant at, long frequency, int sf, int rssi, double snr) {
    return new LoggedUplink(at, UUID.randomUUID(), EUI, DevAddr.parse("01020304"),
        MType.UNCONFIRMED_DATA_UP, PHY,
        new UplinkTxInfo(frequency, new LoraModulation(125_000, sf, CodeRate.CR_4_5, false)),
        List.of(UplinkRxInfo.builder(GatewayId.parse("0000000000000001")).rssi(rssi).snr(snr)
            .build()));
  }

  @Test
  void aggregates_uplinks_per_hour_with_mean_signal_and_counts_per_frequency_and_dr() {
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    List<LoggedFrame> frames = List.of(
        uplink(t0.plusSeconds(60), 868_100_000, 12, -100, -5),
        uplink(t0.plusSeconds(120), 868_300_000, 7, -80, 5),
        uplink(t0.plusSeconds(3_700), 868_100_000, 7, -90, 2));
    List<JsonObject> out = DeviceStatsAggregation.aggregate(frames, Regions.get(RegionId.EU868),
        StatsInterval.HOUR, t0, t0.plusSeconds(3 * 3600));
    assertEquals(3, out.size());
    JsonObject first = out.get(0);
    assertEquals("2026-01-01T10:00:00Z", first.getString("timestamp"));
    assertEquals(2, first.getInt("rxPackets"));
    assertEquals(-90.0, first.getJsonNumber("gwRssi").doubleValue());
    assertEquals(0.0, first.getJsonNumber("gwSnr").doubleValue());
    assertEquals(1, first.getJsonObject("rxPacketsPerFrequency").getInt("868100000"));
    assertEquals(1, first.getJsonObject("rxPacketsPerDr").getInt("0"));
    assertEquals(1, first.getJsonObject("rxPacketsPerDr").getInt("5"));
    assertEquals(1, out.get(1).getInt("rxPackets"));
    assertEquals(0, out.get(2).getInt("rxPackets"));
    assertThrows(ApiException.class, () -> DeviceStatsAggregation.aggregate(frames,
        Regions.get(RegionId.EU868), StatsInterval.MINUTE, t0, t0.plusSeconds(86_400 * 10)));
  }

  @Test
  void a_frame_is_written_as_v3_uplink_frame_with_its_decoded_phy_payload() {
    JsonObject f = FrameLogJson.frame(uplink(Instant.EPOCH, 868_100_000, 9, -70, 8.5))
        .getJsonObject("uplinkFrame");
    assertEquals(868_100_000, f.getJsonObject("txInfo").getJsonNumber("frequency").longValue());
    assertEquals(9, f.getJsonObject("txInfo").getJsonObject("loRaModulationInfo")
        .getInt("spreadingFactor"));
    assertEquals(-70, f.getJsonArray("rxInfo").getJsonObject(0).getInt("rssi"));
    JsonObject phy = jakarta.json.Json.createReader(new java.io.StringReader(
        f.getString("phyPayloadJSON"))).readObject();
    assertEquals("UnconfirmedDataUp", phy.getJsonObject("mhdr").getString("mType"));
    assertEquals("01020304", phy.getJsonObject("macPayload").getJsonObject("fhdr")
        .getString("devAddr"));
    assertEquals(1, phy.getJsonObject("macPayload").getInt("fPort"));
    assertEquals("01020304", phy.getString("mic"));
  }

  @Test
  void streams_frames_and_events_of_the_device_only_one_json_per_line() throws Exception {
    InMemoryFrameLog log = new InMemoryFrameLog(20);
    DeviceStreams streams = new DeviceStreams();
    streams.network = new NetworkReadModels() {
      @Override
      public io.longwave.framelog.FrameLog frameLog() {
        return log;
      }
    };
    streams.events = new DeviceEventHub();
    DeviceStreams.Subscription frames = streams.subscribe(EUI, DeviceStreams.Kind.FRAMES);
    DeviceStreams.Subscription events = streams.subscribe(EUI, DeviceStreams.Kind.EVENTS);
    log.uplink(uplink(Instant.EPOCH, 868_100_000, 7, -70, 1));
    streams.events.onEvent(new IntegrationEvent(UUID.randomUUID(), EventType.UP, 3, EUI,
        Instant.EPOCH, JsonValue.EMPTY_JSON_OBJECT, jakarta.json.Json.createObjectBuilder()
            .add("fCnt", 1).build()));
    streams.events.onEvent(new IntegrationEvent(UUID.randomUUID(), EventType.UP, 3,
        new Eui64(9), Instant.EPOCH, JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_OBJECT));
    assertTrue(frames.next(1000).getJsonObject("result").containsKey("uplinkFrame"));
    JsonObject e = events.next(1000).getJsonObject("result");
    assertEquals("up", e.getString("type"));
    assertEquals("{\"fCnt\":1}", e.getString("payloadJSON"));
    assertEquals(null, events.next(50));

    // The HTTP pump opens with an empty line (the headers go out at once), writes each message
    // as one line, keeps the connection alive with empty lines and ends when the client is gone.
    log.uplink(uplink(Instant.EPOCH, 868_300_000, 7, -70, 1));
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    OutputStream closing = new OutputStream() {
      private int writes;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (++writes > 3) {
          throw new IOException("client went away");
        }
        written.write(b, off, len);
      }
    };
    assertThrows(IOException.class, () -> DeviceStreamResource.pump(frames, closing, 20));
    String[] lines = written.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertEquals("", lines[0]);
    assertTrue(lines[1].startsWith("{\"result\":{\"uplinkFrame\""), lines[1]);
    assertEquals("", lines[2]);
  }
}
