package io.longwave.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayBridgeSettings.UdpSettings;
import io.longwave.connector.api.GatewayConnection;
import io.longwave.connector.api.GatewayConnectionFactory;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.MqttEncoding;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import io.longwave.connector.inbound.GatewayActivationSpec;
import io.longwave.connector.inbound.RecordingEndpointFactory;
import io.longwave.connector.outbound.GatewayManagedConnectionFactory;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter wired as a container would: bootstrap, activation, outbound connections. */
class LongwaveResourceAdapterTest {

  private static final GatewayId GW = GatewayId.parse("0016c001f153a14c");

  private volatile String failUdpStart;
  private FakeBackend udp;
  private FakeBackend mqtt;
  private LongwaveResourceAdapter adapter;
  private RecordingEndpointFactory endpoints;
  private GatewayConnectionFactory connections;

  @BeforeEach
  void start() throws Exception {
    adapter =
        new LongwaveResourceAdapter(
            new BackendFactory() {
              @Override
              public GatewayBackend udp(
                  UdpSettings s, GatewayEventSink sink, BridgeCounters c, Executor e) {
                udp = new FakeBackend("udp", sink);
                udp.failStartWith = failUdpStart;
                return udp;
              }

              @Override
              public GatewayBackend mqtt(MqttSettings s, GatewayEventSink sink, BridgeCounters c) {
                mqtt = new FakeBackend("mqtt", sink);
                return mqtt;
              }
            });
    adapter.start(threadPerWorkContext());
    endpoints = new RecordingEndpointFactory();
    GatewayActivationSpec spec = new GatewayActivationSpec();
    spec.setResourceAdapter(adapter);
    adapter.endpointActivation(endpoints, spec);
    GatewayManagedConnectionFactory mcf = new GatewayManagedConnectionFactory();
    mcf.setResourceAdapter(adapter);
    connections = (GatewayConnectionFactory) mcf.createConnectionFactory();
  }

  @AfterEach
  void stop() {
    adapter.stop();
  }

  @Test
  void receives_nothing_until_configured_then_starts_the_enabled_backends() throws Exception {
    try (GatewayConnection c = connections.getConnection()) {
      assertFalse(c.status().running());
      c.configure(GatewayBridgeSettings.defaults());
      assertTrue(udp.started);
      assertEquals(null, mqtt, "MQTT is off by default");
      assertTrue(c.status().running());
      assertEquals(1, c.status().endpoints());
      assertTrue(c.status().ready());
    }
  }

  @Test
  void delivers_backend_events_to_the_activated_bean() throws Exception {
    try (GatewayConnection c = connections.getConnection()) {
      c.configure(GatewayBridgeSettings.defaults());
    }
    UplinkFrame frame =
        new UplinkFrame(
            new byte[] {0x40, 1, 2, 3},
            new UplinkTxInfo(
                868_100_000, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false)),
            UplinkRxInfo.builder(GW).rssi(-50).snr(7.5).build());
    udp.sink.uplink(frame);
    awaitTrue(() -> endpoints.received.size() == 1);
    assertSame(frame, endpoints.received.get(0));
  }

  @Test
  void routes_a_downlink_to_the_backend_the_gateway_is_connected_through() throws Exception {
    try (GatewayConnection c = connections.getConnection()) {
      c.configure(withMqtt());
      mqtt.connected.add(GW);
      DownlinkFrame frame = downlink();
      assertTrue(c.isConnected(GW));
      c.sendDownlink(frame);
      assertEquals(List.of(frame), mqtt.sent);
      assertTrue(udp.sent.isEmpty());
      assertEquals(1, c.status().counters().get("downlink.sent"));
    }
  }

  @Test
  void refuses_a_downlink_for_a_gateway_nobody_reaches() throws Exception {
    try (GatewayConnection c = connections.getConnection()) {
      c.configure(GatewayBridgeSettings.defaults());
      GatewayUnavailableException e =
          assertThrows(GatewayUnavailableException.class, () -> c.sendDownlink(downlink()));
      assertEquals(GW, e.gatewayId());
    }
  }

  @Test
  void reconfiguring_restarts_only_the_backend_whose_settings_changed() throws Exception {
    try (GatewayConnection c = connections.getConnection()) {
      c.configure(GatewayBridgeSettings.defaults());
      FakeBackend firstUdp = udp;
      c.configure(withMqtt());
      assertSame(firstUdp, udp);
      assertFalse(firstUdp.closed);
      assertTrue(mqtt.started);
      c.configure(GatewayBridgeSettings.defaults());
      assertTrue(mqtt.closed);
    }
  }

  @Test
  void a_backend_that_cannot_start_gives_a_reason_and_the_bridge_is_not_ready() throws Exception {
    failUdpStart = "Address already in use";
    try (GatewayConnection c = connections.getConnection()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> c.configure(GatewayBridgeSettings.defaults()));
      assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
      assertTrue(udp.closed);
      assertFalse(c.status().ready());
      assertTrue(c.status().lastError().contains("Address already in use"));
    }
  }

  @Test
  void a_closed_handle_cannot_be_used() throws Exception {
    GatewayConnection c = connections.getConnection();
    c.close();
    assertThrows(IllegalStateException.class, c::status);
  }

  private static GatewayBridgeSettings withMqtt() {
    GatewayBridgeSettings d = GatewayBridgeSettings.defaults();
    return new GatewayBridgeSettings(
        d.udp(),
        new MqttSettings(
            "tcp://127.0.0.1:1883", null, null, "", "", "", MqttEncoding.JSON, 0,
            Duration.ofSeconds(5)),
        d.delivery());
  }

  private static DownlinkFrame downlink() {
    DownlinkTxInfo tx =
        new DownlinkTxInfo(
            869_525_000,
            27,
            new LoraModulation(125_000, 12, CodeRate.CR_4_5, true),
            0,
            0,
            new DownlinkTiming.Delay(Duration.ofSeconds(1)),
            new byte[] {1, 2, 3, 4});
    return new DownlinkFrame(42, GW, List.of(new DownlinkFrameItem(new byte[] {0x60}, tx)));
  }

  /** A bootstrap context whose work manager runs each work on a new daemon thread. */
  static BootstrapContext threadPerWorkContext() {
    WorkManager wm =
        (WorkManager)
            Proxy.newProxyInstance(
                WorkManager.class.getClassLoader(),
                new Class<?>[] {WorkManager.class},
                (p, m, args) -> {
                  if (m.getName().equals("scheduleWork") || m.getName().equals("startWork")) {
                    Thread t = new Thread((Work) args[0], "work");
                    t.setDaemon(true);
                    t.start();
                    return m.getReturnType() == long.class ? 0L : null;
                  }
                  throw new UnsupportedOperationException(m.getName());
                });
    return (BootstrapContext)
        Proxy.newProxyInstance(
            BootstrapContext.class.getClassLoader(),
            new Class<?>[] {BootstrapContext.class},
            (p, m, args) -> {
              if (m.getName().equals("getWorkManager")) {
                return wm;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.onSpinWait();
    }
  }
}
