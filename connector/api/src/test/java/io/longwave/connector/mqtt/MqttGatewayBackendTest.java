package io.longwave.connector.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.MqttEncoding;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.GatewayEventSink;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MQTT backend against the Mosquitto broker on 127.0.0.1:1883, with a Paho client playing
 * the gateway bridge. Every test uses its own topic prefix, so tests cannot see each other.
 */
class MqttGatewayBackendTest {

  static final String BROKER = "tcp://127.0.0.1:1883";
  private static final GatewayId GW = GatewayId.parse("0016c001f153a14c");

  private final List<MqttGatewayBackend> backends = new ArrayList<>();
  private final BridgeCounters counters = new BridgeCounters();
  private MqttClient bridge;
  private String prefix;

  /** Events in order, whatever their kind. */
  static class Events implements GatewayEventSink {
    final BlockingQueue<Object> all = new LinkedBlockingQueue<>();

    @Override
    public void uplink(UplinkFrame frame) {
      all.add(frame);
    }

    @Override
    public void stats(GatewayStats stats) {
      all.add(stats);
    }

    @Override
    public void txAck(DownlinkTxAck ack) {
      all.add(ack);
    }

    @Override
    public void connectionState(GatewayConnectionState state) {
      all.add(state);
    }

    <T> T next(Class<T> type) throws InterruptedException {
      Object o = all.poll(10, TimeUnit.SECONDS);
      if (o == null) {
        throw new AssertionError("no event within 10 s");
      }
      return type.cast(o);
    }
  }

  @BeforeEach
  void connectBridge() throws Exception {
    prefix = "lwtest" + UUID.randomUUID().toString().substring(0, 8);
    bridge = new MqttClient(BROKER, "bridge-" + prefix, new MemoryPersistence());
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(true);
    // Paho may complete a QoS 1 publish before it releases its in-flight slot; with the default
    // window of 10, back-to-back publishes can then be refused on a loaded machine.
    o.setMaxInflight(1000);
    bridge.connect(o);
  }

  @AfterEach
  void close() throws Exception {
    backends.forEach(MqttGatewayBackend::close);
    if (bridge.isConnected()) {
      bridge.disconnect();
    }
    bridge.close();
  }

  private MqttGatewayBackend backend(MqttEncoding encoding, String group, GatewayEventSink sink)
      throws Exception {
    MqttSettings s = new MqttSettings(BROKER, null, null, "", prefix, group, encoding, 1,
        Duration.ofSeconds(2));
    MqttGatewayBackend b = new MqttGatewayBackend(s, sink, counters);
    backends.add(b);
    b.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!b.isUp() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(b.isUp(), "backend did not connect");
    Thread.sleep(300); // let the subscription settle
    return b;
  }

  private void publish(String topic, byte[] payload) throws Exception {
    MqttMessage m = new MqttMessage(payload);
    m.setQos(1);
    bridge.publish(prefix + "/" + topic, m);
  }

  private static final String UP =
      "{\"phyPayload\":\"gKb+agGABQABOIc6cwQ=\",\"txInfo\":{\"frequency\":867300000,"
          + "\"modulation\":{\"lora\":{\"bandwidth\":125000,\"spreadingFactor\":7,"
          + "\"codeRate\":\"CR_4_5\"}}},\"rxInfo\":{\"gatewayId\":\"0016c001f153a14c\","
          + "\"uplinkId\":1,\"rssi\":-52,\"snr\":13.75,\"context\":\"xwx0GQ==\"}}";

  @Test
  void events_of_a_v4_json_bridge_arrive_typed() throws Exception {
    Events events = new Events();
    backend(MqttEncoding.JSON, "", events);
    publish("gateway/0016c001f153a14c/state/conn",
        "{\"gatewayId\":\"0016c001f153a14c\",\"state\":\"ONLINE\"}".getBytes(UTF_8));
    assertTrue(events.next(GatewayConnectionState.class).online());
    publish("gateway/0016c001f153a14c/event/up", UP.getBytes(UTF_8));
    UplinkFrame u = events.next(UplinkFrame.class);
    assertEquals(GW, u.rxInfo().gatewayId());
    assertEquals(-52, u.rxInfo().rssi());
    publish("gateway/0016c001f153a14c/event/stats",
        "{\"gatewayId\":\"0016c001f153a14c\",\"rxPacketsReceived\":3}".getBytes(UTF_8));
    assertEquals(3, events.next(GatewayStats.class).rxPacketsReceived());
    publish("gateway/0016c001f153a14c/event/ack",
        "{\"gatewayId\":\"0016c001f153a14c\",\"downlinkId\":5,\"items\":[{\"status\":\"TOO_LATE\"}]}"
            .getBytes(UTF_8));
    assertEquals(TxAckStatus.TOO_LATE, events.next(DownlinkTxAck.class).items().get(0).status());
    assertEquals(1, counters.get("mqtt.uplinks"));
  }

  @Test
  void a_downlink_is_published_on_the_command_topic() throws Exception {
    Events events = new Events();
    MqttGatewayBackend b = backend(MqttEncoding.JSON, "", events);
    assertThrows(GatewayUnavailableException.class, () -> b.sendDownlink(downlink()));
    BlockingQueue<MqttMessage> commands = new LinkedBlockingQueue<>();
    bridge.subscribe(prefix + "/gateway/0016c001f153a14c/command/down", 1,
        (topic, m) -> commands.add(m));
    publish("gateway/0016c001f153a14c/event/up", UP.getBytes(UTF_8));
    events.next(UplinkFrame.class);
    b.sendDownlink(downlink());
    MqttMessage m = commands.poll(10, TimeUnit.SECONDS);
    JsonObject o = Json.createReader(new StringReader(new String(m.getPayload(), UTF_8)))
        .readObject();
    assertEquals(77, o.getInt("downlinkId"));
    assertEquals("0016c001f153a14c", o.getString("gatewayId"));
    assertEquals(1, counters.get("mqtt.downlinks.sent"));
  }

  private static DownlinkFrame downlink() {
    return new DownlinkFrame(77, GW, List.of(new DownlinkFrameItem(new byte[] {0x60},
        new DownlinkTxInfo(868_100_000L, 14, new LoraModulation(125_000, 7, CodeRate.CR_4_5, true),
            0, 0, new DownlinkTiming.Delay(Duration.ofSeconds(1)), new byte[] {1, 2, 3, 4}))));
  }

  @Test
  void v3_json_and_protobuf_bridges_are_understood() throws Exception {
    Events v3 = new Events();
    backend(MqttEncoding.JSON_V3, "", v3);
    publish("gateway/0016c001f153a14c/event/stats",
        "{\"gatewayID\":\"ABbAAfFToUw=\",\"rxPacketsReceivedOK\":4}".getBytes(UTF_8));
    assertEquals(4, v3.next(GatewayStats.class).rxPacketsReceivedOk());
    backends.forEach(MqttGatewayBackend::close);

    prefix = prefix + "pb";
    Events pb = new Events();
    backend(MqttEncoding.PROTOBUF, "", pb);
    publish("gateway/0016c001f153a14c/event/up",
        io.longwave.connector.mqtt.codec.ProtobufFixtures.uplink());
    assertArrayEquals(new byte[] {(byte) 0x80, 1, 2}, pb.next(UplinkFrame.class).phyPayload());
  }

  @Test
  void malformed_messages_are_counted_and_the_next_one_still_arrives() throws Exception {
    Events events = new Events();
    backend(MqttEncoding.JSON, "", events);
    publish("gateway/0016c001f153a14c/event/up", "{not json".getBytes(UTF_8));
    publish("gateway/0016c001f153a14c/event/up", "{\"phyPayload\":3}".getBytes(UTF_8));
    publish("gateway/nothex/event/up", UP.getBytes(UTF_8));
    publish("gateway/0102030405060708/event/up", UP.getBytes(UTF_8));
    publish("gateway/0016c001f153a14c/event/up", new byte[MqttGatewayBackend.MAX_PAYLOAD + 1]);
    publish("gateway/0016c001f153a14c/event/up", UP.getBytes(UTF_8));
    events.next(UplinkFrame.class);
    assertEquals(3, counters.get("mqtt.dropped.malformed"));
    assertEquals(1, counters.get("mqtt.dropped.unknown_topic"));
    assertEquals(1, counters.get("mqtt.dropped.oversized"));
  }

  @Test
  void a_shared_subscription_gives_each_event_to_one_instance() throws Exception {
    AtomicInteger received = new AtomicInteger();
    GatewayEventSink counting = new Events() {
      @Override
      public void uplink(UplinkFrame frame) {
        received.incrementAndGet();
      }
    };
    backend(MqttEncoding.JSON, "longwave", counting);
    backend(MqttEncoding.JSON, "longwave", counting);
    for (int i = 0; i < 50; i++) {
      publish("gateway/0016c001f153a14c/event/up", UP.getBytes(UTF_8));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (received.get() < 50 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(500);
    assertEquals(50, received.get());
  }

  @Test
  void an_unreachable_broker_is_retried_without_failing_and_close_is_prompt() throws Exception {
    MqttSettings s = new MqttSettings("tcp://127.0.0.1:1", null, null, "", prefix, "",
        MqttEncoding.JSON, 0, Duration.ofSeconds(1));
    MqttGatewayBackend b = new MqttGatewayBackend(s, new Events(), counters);
    b.start();
    Thread.sleep(2500);
    assertFalse(b.isUp());
    assertTrue(counters.get("mqtt.connect_failures") >= 2, counters.snapshot().toString());
    long t = System.nanoTime();
    b.close();
    assertTrue(System.nanoTime() - t < TimeUnit.SECONDS.toNanos(3));
  }

  @Test
  void a_malformed_server_uri_fails_the_start() {
    MqttSettings s = new MqttSettings("nonsense://x", null, null, "", "", "", MqttEncoding.JSON, 0,
        Duration.ofSeconds(1));
    assertThrows(java.io.IOException.class,
        () -> new MqttGatewayBackend(s, new Events(), counters).start());
  }
}
