package io.longwave.integration.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.Device;
import io.longwave.integration.DeliveryException;
import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.RecordingApplicationDownlinks;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JMS integration against an embedded ActiveMQ Classic broker, with a standard OpenWire
 * client playing the application backend: it reads an event from the topic and sends downlinks
 * to the queue.
 */
class JmsIntegrationTest {

  private static final Eui64 DEV = Eui64.parse("0102030405060708");

  private BrokerService broker;
  private String url;
  private ActiveMQConnectionFactory appSide;
  private Connection appConnection;
  private final JmsIntegrationConfig config =
      JmsIntegrationConfig.from(k -> Optional.ofNullable(
          Map.of("longwave.integration.jms.enabled", "true").get(k)));
  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final RecordingApplicationDownlinks downlinks = new RecordingApplicationDownlinks();
  private final IntegrationCounters counters = new IntegrationCounters();

  @BeforeEach
  void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    url = "tcp://127.0.0.1:" + port;
    broker = new BrokerService();
    broker.setBrokerName("test");
    broker.setPersistent(false);
    broker.setUseJmx(false);
    broker.addConnector(url);
    broker.start();
    broker.waitUntilStarted();
    appSide = new ActiveMQConnectionFactory(url);
    appConnection = appSide.createConnection();
    appConnection.start();
    devices.save(new Device(DEV, "meter", 7, UUID.randomUUID(), null, null, false, false, 0));
  }

  @AfterEach
  void stop() throws Exception {
    appConnection.close();
    broker.stop();
    broker.waitUntilStopped();
  }

  /** What the container does with a JTA transaction, with a locally transacted session. */
  private JmsSessions sessions(ActiveMQConnectionFactory factory) {
    return new JmsSessions() {
      @Override
      public <T> T inTransaction(Work<T> work) throws JMSException {
        try (Connection c = factory.createConnection()) {
          c.start();
          Session s = c.createSession(true, Session.SESSION_TRANSACTED);
          try {
            T result = work.run(s);
            s.commit();
            return result;
          } catch (JMSException | RuntimeException e) {
            s.rollback();
            throw e;
          }
        }
      }
    };
  }

  @Test
  void an_external_client_reads_events_from_the_topic_with_their_properties() throws Exception {
    Session app = appConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    MessageConsumer events =
        app.createConsumer(app.createTopic("longwave.events"), "eventType = 'up' AND applicationID = 7");
    JmsEventTarget target = new JmsEventTarget(config, sessions(new ActiveMQConnectionFactory(url)));
    UUID id = UUID.randomUUID();
    target.deliver(new IntegrationEvent(UUID.randomUUID(), EventType.STATUS, 7, DEV, Instant.now(),
        Json.createObjectBuilder().add("margin", 6).build(), Json.createObjectBuilder().build()));
    target.deliver(new IntegrationEvent(id, EventType.UP, 7, DEV, Instant.now(),
        Json.createObjectBuilder().add("applicationID", "7").add("fCnt", 10).build(),
        Json.createObjectBuilder().add("fCnt", 10).add("devEUI", "AQIDBAUGBwg=").build()));
    TextMessage m = (TextMessage) events.receive(5000);
    assertEquals("{\"applicationID\":\"7\",\"fCnt\":10}", m.getText());
    assertEquals(7L, m.getLongProperty("applicationID"));
    assertEquals("0102030405060708", m.getStringProperty("devEUI"));
    assertEquals("up", m.getStringProperty("eventType"));
    assertEquals(id.toString(), m.getStringProperty("eventID"));
    assertNull(events.receive(300), "the selector leaves the status event out");
  }

  @Test
  void delivery_fails_while_the_broker_is_unreachable() throws Exception {
    ActiveMQConnectionFactory gone = new ActiveMQConnectionFactory(
        "failover:(tcp://127.0.0.1:1)?maxReconnectAttempts=0&startupMaxReconnectAttempts=0");
    JmsEventTarget target = new JmsEventTarget(config, sessions(gone));
    assertThrows(DeliveryException.class, () -> target.deliver(new IntegrationEvent(
        UUID.randomUUID(), EventType.UP, 7, DEV, Instant.now(), Json.createObjectBuilder().build(),
        Json.createObjectBuilder().build())));
  }

  @Test
  void downlinks_from_the_queue_are_queued_and_bad_ones_go_to_the_dead_letter_queue()
      throws Exception {
    Session app = appConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    MessageProducer toQueue = app.createProducer(app.createQueue("longwave.downlinks"));
    toQueue.send(app.createTextMessage("{\"applicationID\":\"7\",\"devEUI\":\"0102030405060708\","
        + "\"confirmed\":false,\"fPort\":5,\"data\":\"AQI=\"}"));
    toQueue.send(app.createTextMessage("{\"applicationID\":\"7\",\"devEUI\":\"0102030405060708\","
        + "\"fPort\":0,\"data\":\"AQI=\"}"));
    toQueue.send(app.createTextMessage("{\"applicationID\":\"8\",\"devEUI\":\"0102030405060708\","
        + "\"fPort\":5,\"data\":\"AQI=\"}"));
    toQueue.send(app.createTextMessage("nonsense"));

    JmsDownlinkReceiver receiver =
        new JmsDownlinkReceiver(config,
            new DownlinkCommandIntake(devices, () -> Optional.of(downlinks)), counters);
    JmsSessions sessions = sessions(new ActiveMQConnectionFactory(url));
    for (int i = 0; i < 4; i++) {
      assertTrue(sessions.<Boolean>inTransaction(s -> receiver.receiveOne(s, 5000)));
    }
    assertFalse(sessions.<Boolean>inTransaction(s -> receiver.receiveOne(s, 200)));

    assertEquals(1, downlinks.enqueued.size());
    assertEquals(5, downlinks.enqueued.get(0).fPort());
    assertEquals(7, downlinks.enqueued.get(0).applicationId());
    MessageConsumer dlq = app.createConsumer(app.createQueue("longwave.downlinks.dlq"));
    String[] reasons = {"bad_fport", "unknown_device", "malformed"};
    for (String reason : reasons) {
      TextMessage dead = (TextMessage) dlq.receive(5000);
      assertEquals(reason, dead.getStringProperty("reason"));
      assertFalse(dead.getStringProperty("error").isEmpty());
    }
    assertFalse(app.createBrowser(app.createQueue("longwave.downlinks")).getEnumeration()
        .hasMoreElements(), "every command was taken off the queue");
    assertEquals(1, counters.get("commands.dropped.bad_fport"));
    assertEquals(1, counters.get("commands.queued"));
  }

  @Test
  void a_failed_transaction_leaves_the_command_on_the_queue() throws Exception {
    Session app = appConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    app.createProducer(app.createQueue("longwave.downlinks")).send(app.createTextMessage(
        "{\"applicationID\":\"7\",\"devEUI\":\"0102030405060708\",\"fPort\":5,\"data\":\"AQI=\"}"));
    JmsDownlinkReceiver receiver =
        new JmsDownlinkReceiver(config,
            new DownlinkCommandIntake(devices, () -> {
              throw new IllegalStateException("database down");
            }), counters);
    JmsSessions sessions = sessions(new ActiveMQConnectionFactory(url));
    assertThrows(IllegalStateException.class,
        () -> sessions.inTransaction(s -> receiver.receiveOne(s, 5000)));
    MessageConsumer again = app.createConsumer(app.createQueue("longwave.downlinks"));
    assertTrue(((TextMessage) again.receive(5000)).getText().contains("\"fPort\":5"));
  }
}
