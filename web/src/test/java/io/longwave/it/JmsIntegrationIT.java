package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.activemq.ActiveMQConnectionFactory;
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
 * The JMS integration on Payara Micro with the ActiveMQ Classic adapter deployed as {@code bin/run}
 * deploys it (post-boot commands: the adapter, its connection pool, {@code jms/longwave}), and a
 * standard OpenWire client as the application backend: an ABP device's uplink over real UDP comes
 * out on the events topic, a downlink sent to the downlink queue lands in the device queue, and
 * malformed or refused commands go to the dead-letter queue with their reason.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JmsIntegrationIT {

  private static final String GATEWAY = "0102030405060712";
  private static final String DEV_EUI = "0004a30b001c0aaa";
  private static final AbpDevice DEVICE = new AbpDevice(DevAddr.parse("01abcd01"),
      Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c"),
      Aes128Key.parse("000102030405060708090a0b0c0d0e0f"));

  @ArquillianResource private URL base;

  /** The broker starts empty: its KahaDB store under target/it is removed first. */
  @Deployment(testable = false)
  @TargetsContainer("payara-micro-jms")
  static WebArchive application() {
    removeTree(Path.of(System.getProperty("longwave.it.dir", "target/it"), "activemq"));
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void an_openwire_backend_gets_events_and_sends_downlinks() throws Exception {
    LongwaveApi api = new LongwaveApi(base);
    long app = api.provisionAbpDevice(GATEWAY, DEV_EUI, DEVICE);
    String url = "tcp://127.0.0.1:" + System.getProperty("longwave.it.jms.port", "31616");
    try (Connection c = new ActiveMQConnectionFactory(url).createConnection();
        PacketForwarder forwarder = new PacketForwarder(GATEWAY)) {
      c.setClientID("it-backend-" + UUID.randomUUID());
      c.start();
      Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageConsumer ups = s.createConsumer(s.createTopic("longwave.events"),
          "eventType = 'up' AND applicationID = " + app);

      byte[] lpp = {0x01, 0x67, 0x00, (byte) 0xfa};
      forwarder.pushUplink(1_000_000, DEVICE.unconfirmedUplink(1, 2, lpp));
      TextMessage up = (TextMessage) ups.receive(TimeUnit.SECONDS.toMillis(20));
      assertNotNull(up, "no up event on longwave.events\n" + api.metrics("longwave_"));
      assertEquals(app, up.getLongProperty("applicationID"));
      assertEquals(DEV_EUI, up.getStringProperty("devEUI"));
      assertEquals("up", up.getStringProperty("eventType"));
      UUID.fromString(up.getStringProperty("eventID"));
      JsonObject body = json(up.getText());
      assertEquals(Long.toString(app), body.getString("applicationID"));
      assertEquals("probe-7", body.getString("deviceName"));
      assertEquals(DEV_EUI, body.getString("devEUI"));
      assertEquals(1, body.getInt("fCnt"));
      assertEquals(2, body.getInt("fPort"));
      assertEquals("AWcA+g==", body.getString("data"));
      assertEquals(GATEWAY,
          body.getJsonArray("rxInfo").getJsonObject(0).getString("gatewayID"));
      assertEquals(Json.createObjectBuilder().add("temperatureSensor",
          Json.createObjectBuilder().add("1", 25)).build(), body.getJsonObject("object"));

      MessageProducer downlinks = s.createProducer(s.createQueue("longwave.downlinks"));
      downlinks.send(s.createTextMessage("{\"applicationID\":\"" + app + "\",\"devEUI\":\""
          + DEV_EUI + "\",\"confirmed\":false,\"fPort\":10,\"data\":\"AQID\"}"));
      JsonObject item = eventuallyQueued(api).getJsonArray("deviceQueueItems").getJsonObject(0);
      assertEquals(10, item.getInt("fPort"));
      assertEquals("AQID", item.getString("data"));
      assertFalse(item.getBoolean("confirmed"));

      MessageConsumer dead = s.createConsumer(s.createQueue("longwave.downlinks.dlq"));
      String malformed = "{\"applicationID\":\"" + app + "\",\"devEUI\":";
      downlinks.send(s.createTextMessage(malformed));
      TextMessage first = (TextMessage) dead.receive(TimeUnit.SECONDS.toMillis(20));
      assertNotNull(first, "nothing on the dead-letter queue");
      assertEquals(malformed, first.getText());
      assertEquals("malformed", first.getStringProperty("reason"));
      assertTrue(first.getStringProperty("error").contains("JSON"),
          first.getStringProperty("error"));
      String badPort = "{\"applicationID\":\"" + app + "\",\"devEUI\":\"" + DEV_EUI
          + "\",\"fPort\":0,\"data\":\"AQID\"}";
      downlinks.send(s.createTextMessage(badPort));
      TextMessage second = (TextMessage) dead.receive(TimeUnit.SECONDS.toMillis(20));
      assertNotNull(second, "the bad FPort did not reach the dead-letter queue");
      assertEquals("bad_fport", second.getStringProperty("reason"));
      assertEquals(badPort, second.getText());
      assertEquals(1, api.ok("GET", "/api/devices/" + DEV_EUI + "/queue", null)
          .getInt("totalCount"));
    }
  }

  private static JsonObject eventuallyQueued(LongwaveApi api) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonObject queue;
    do {
      queue = api.ok("GET", "/api/devices/" + DEV_EUI + "/queue", null);
      if (queue.getInt("totalCount") == 1) {
        return queue;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("device queue: " + queue);
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static void removeTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
