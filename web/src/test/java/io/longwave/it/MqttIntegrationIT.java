package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MQTT integration end to end on Payara Micro and PostgreSQL, against a Mosquitto broker of
 * the test's own: an ABP device's uplink, brought over real UDP by a packet forwarder, reaches an
 * application backend as a ChirpStack v3 {@code up} event in {@code json_v3}; the backend's
 * {@code command/down} lands in the device queue and a malformed one comes back as an {@code
 * error} event; while the broker is down the events wait in the outbox, and after its restart
 * they all arrive, in order.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(PrivateMosquitto.Started.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MqttIntegrationIT {

  private static final String GATEWAY = "0102030405060711";
  private static final String DEV_EUI = "0004a30b001c0999";
  private static final AbpDevice DEVICE = new AbpDevice(DevAddr.parse("01abcdef"),
      Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c"),
      Aes128Key.parse("000102030405060708090a0b0c0d0e0f"));

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  @TargetsContainer("payara-micro-mqtt")
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void a_backend_gets_events_sends_commands_and_loses_nothing_while_the_broker_is_down()
      throws Exception {
    LongwaveApi api = new LongwaveApi(base);
    long app = api.provisionAbpDevice(GATEWAY, DEV_EUI, DEVICE);
    String device = "application/" + app + "/device/" + DEV_EUI;
    PrivateMosquitto broker = PrivateMosquitto.running();
    try (MqttBackend backend = new MqttBackend(broker.uri(), "application/" + app + "/device/+/event/+");
        PacketForwarder forwarder = new PacketForwarder(GATEWAY)) {

      // An uplink, Cayenne LPP temperature 25.0 °C on channel 1.
      byte[] lpp = temperature(250);
      forwarder.pushUplink(1_000_000, DEVICE.unconfirmedUplink(1, 2, lpp));
      JsonObject up = backend.next(device + "/event/up", () -> api.metrics("longwave_"));
      assertEquals(Long.toString(app), up.getString("applicationID"));
      assertEquals("greenhouse", up.getString("applicationName"));
      assertEquals("probe-7", up.getString("deviceName"));
      assertEquals("lpp-abp", up.getString("deviceProfileName"));
      assertEquals(DEV_EUI, up.getString("devEUI"));
      assertEquals("01abcdef", up.getString("devAddr"));
      assertEquals(1, up.getInt("fCnt"));
      assertEquals(2, up.getInt("fPort"));
      assertEquals(Base64.getEncoder().encodeToString(lpp), up.getString("data"));
      assertFalse(up.getBoolean("adr"));
      assertFalse(up.getBoolean("confirmedUplink"));
      assertEquals(868_100_000L, up.getJsonObject("txInfo").getJsonNumber("frequency").longValue());
      assertEquals(5, up.getJsonObject("txInfo").getInt("dr"));
      assertEquals(1, up.getJsonArray("rxInfo").size(), up.toString());
      JsonObject rx = up.getJsonArray("rxInfo").getJsonObject(0);
      assertEquals(GATEWAY, rx.getString("gatewayID"));
      assertEquals("mast", rx.getString("name"));
      assertEquals(-57, rx.getInt("rssi"));
      assertEquals(7.5, rx.getJsonNumber("loRaSNR").doubleValue(), 1e-9);
      // The packet forwarder reports no position: the gateway's registered one is shown.
      JsonObject location = rx.getJsonObject("location");
      assertEquals(52.1, location.getJsonNumber("latitude").doubleValue(), 1e-9);
      assertEquals(5.2, location.getJsonNumber("longitude").doubleValue(), 1e-9);
      assertEquals(Json.createObjectBuilder().add("temperatureSensor",
          Json.createObjectBuilder().add("1", 25)).build(), up.getJsonObject("object"));
      assertEquals("3", up.getJsonObject("tags").getString("row"));

      // A downlink command from the backend lands in the device queue.
      backend.publish(device + "/command/down", "{\"confirmed\":false,\"fPort\":10,\"data\":\"AQID\"}");
      JsonObject queue = eventuallyQueued(api, 1);
      JsonObject item = queue.getJsonArray("deviceQueueItems").getJsonObject(0);
      assertEquals(10, item.getInt("fPort"));
      assertEquals("AQID", item.getString("data"));
      assertFalse(item.getBoolean("confirmed"));

      // A malformed command is answered with an error event and queues nothing.
      backend.publish(device + "/command/down", "{\"fPort\":10,\"data\":");
      JsonObject error = backend.next(device + "/event/error");
      assertEquals(DEV_EUI, error.getString("devEUI"));
      assertEquals(Long.toString(app), error.getString("applicationID"));
      assertEquals("UNKNOWN", error.getString("type"));
      assertFalse(error.getString("error").isBlank(), error.toString());
      backend.publish(device + "/command/down", "{\"fPort\":0,\"data\":\"AQID\"}");
      JsonObject badPort = backend.next(device + "/event/error");
      assertTrue(badPort.getString("error").toLowerCase().contains("fport"), badPort.toString());
      assertEquals(1, api.ok("GET", "/api/devices/" + DEV_EUI + "/queue", null)
          .getInt("totalCount"));
      api.ok("DELETE", "/api/devices/" + DEV_EUI + "/queue", null);

      // The broker goes away: three uplinks, one after the other as a device sends them, wait
      // in the outbox...
      broker.stop();
      for (int fCnt = 2; fCnt <= 4; fCnt++) {
        forwarder.pushUplink(1_000_000L * fCnt * 10,
            DEVICE.unconfirmedUplink(fCnt, 2, temperature(250 + fCnt)));
        assertEquals(fCnt - 1, eventuallyWaiting(fCnt - 1), "events waiting in the outbox");
      }

      // ...and after the restart all three reach the backend, in order.
      broker.start();
      backend.reconnect();
      List<Integer> fCnts = new ArrayList<>();
      List<JsonObject> objects = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        JsonObject late = backend.next(device + "/event/up");
        fCnts.add(late.getInt("fCnt"));
        objects.add(late.getJsonObject("object").getJsonObject("temperatureSensor"));
      }
      assertEquals(List.of(2, 3, 4), fCnts);
      assertEquals(25.2, objects.get(0).getJsonNumber("1").doubleValue(), 1e-9);
      assertEquals(25.4, objects.get(2).getJsonNumber("1").doubleValue(), 1e-9);
      assertEquals(0, eventuallyWaiting(0), "the outbox empties");
    }
  }

  /** Cayenne LPP: channel 1, temperature in 0.1 °C. */
  private static byte[] temperature(int tenths) {
    return new byte[] {0x01, 0x67, (byte) (tenths >> 8), (byte) tenths};
  }

  private static JsonObject eventuallyQueued(LongwaveApi api, int wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonObject queue;
    do {
      queue = api.ok("GET", "/api/devices/" + DEV_EUI + "/queue", null);
      if (queue.getInt("totalCount") == wanted) {
        return queue;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("device queue: " + queue);
  }

  /** Polls the MQTT target's rows in the outbox until there are {@code wanted}. */
  private static int eventuallyWaiting(int wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int last = -1;
    try (Connection db = FreshPostgresDatabase.connect()) {
      while (System.nanoTime() < deadline) {
        try (PreparedStatement q = db.prepareStatement(
                "select count(*) from integration_outbox where target_id = 'mqtt'");
            ResultSet rs = q.executeQuery()) {
          rs.next();
          last = rs.getInt(1);
        }
        if (last == wanted) {
          return last;
        }
        Thread.sleep(100);
      }
    }
    return last;
  }
}
