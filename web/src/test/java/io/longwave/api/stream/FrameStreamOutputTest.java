package io.longwave.api.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.MType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The HTTP frame stream: history first, then live frames, keep-alives, and the end. */
class FrameStreamOutputTest {

  static final GatewayId GW = GatewayId.parse("0102030405060708");
  static final Eui64 DEV = Eui64.parse("0202030405060708");
  static final byte[] DATA_UP = Hex.decode("400403020180010001020304", "data up");

  static LoggedUplink uplink(int n) {
    return new LoggedUplink(Instant.parse("2024-05-01T10:00:00Z").plusSeconds(n),
        new UUID(0, n), DEV, null, MType.UNCONFIRMED_DATA_UP, DATA_UP,
        new UplinkTxInfo(868_100_000, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false)),
        List.of(UplinkRxInfo.builder(GW).rssi(-70).snr(6).build()));
  }

  /** Collects what is written and fails the write after {@code lines} newlines. */
  static final class Client extends ByteArrayOutputStream {
    final CountDownLatch lines;

    Client(int lines) {
      this.lines = new CountDownLatch(lines);
    }

    @Override
    public synchronized void write(int b) {
      if (lines.getCount() == 0) {
        throw new IllegalStateException("unreachable");
      }
      super.write(b);
      if (b == '\n') {
        lines.countDown();
      }
    }

    @Override
    public void flush() throws IOException {
      if (lines.getCount() == 0) {
        throw new IOException("client went away");
      }
    }

    List<String> lines() {
      return Arrays.asList(toString(StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  @Test
  void writes_the_history_oldest_first_then_new_frames_and_ends_when_the_client_leaves()
      throws Exception {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    log.uplink(uplink(1));
    log.uplink(uplink(2));
    FrameStreamOutput stream = new FrameStreamOutput(l -> log.subscribeGateway(GW, l),
        () -> log.gatewayFrames(GW, 10), Duration.ofMinutes(1));
    Client client = new Client(4);
    Thread t = new Thread(() -> {
      try {
        stream.write(client);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    t.start();
    while (client.lines.getCount() > 1) {
      Thread.sleep(5);
    }
    log.uplink(uplink(3));
    t.join(5_000);
    assertTrue(!t.isAlive(), "the stream ends with the client");

    List<String> lines = client.lines();
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("", lines.get(0));
    for (int i = 0; i < 3; i++) {
      JsonObject up = Json.createReader(new StringReader(lines.get(i + 1))).readObject()
          .getJsonObject("result").getJsonObject("uplinkFrame");
      assertEquals("2024-05-01T10:00:0" + (i + 1) + "Z", up.getString("publishedAt"));
      assertEquals(GW.toString(),
          up.getJsonArray("rxInfo").getJsonObject(0).getString("gatewayID"));
      JsonObject phy = Json.createReader(new StringReader(up.getString("phyPayloadJSON")))
          .readObject();
      assertEquals("UnconfirmedDataUp", phy.getJsonObject("mhdr").getString("mType"));
      assertEquals("01020304",
          phy.getJsonObject("macPayload").getJsonObject("fhdr").getString("devAddr"));
    }
    assertEquals("", lines.get(4));

    // The subscription ended with the stream: nothing more is queued.
    log.uplink(uplink(4));
    assertEquals(0, stream.dropped());
  }

  @Test
  void writes_keep_alive_newlines_while_nothing_happens() throws Exception {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    FrameStreamOutput stream = new FrameStreamOutput(l -> log.subscribeGateway(GW, l),
        () -> log.gatewayFrames(GW, 10), Duration.ofMillis(10));
    Client client = new Client(3);
    stream.write(client);
    assertTrue(client.lines.await(1, TimeUnit.SECONDS));
    assertEquals("\n\n\n", client.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_payload_that_does_not_decode_is_shown_as_bytes() {
    JsonObject j = PhyPayloadJson.of(new byte[] {0x40, 1});
    assertEquals("QAE=", j.getString("bytes"));
    assertTrue(j.containsKey("error"));
  }
}
