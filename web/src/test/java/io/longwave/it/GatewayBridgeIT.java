package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real application on Payara Micro (resource adapter deployed first, then the WAR) against
 * PostgreSQL: a packet forwarder talks to the adapter over UDP and its traffic reaches the
 * message-driven bean and the database. Everything is checked through real endpoints, never
 * through Payara's "ready" line, which it prints even when a deployment failed.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayBridgeIT {

  private static final String REGISTERED = "0102030405060708";
  private static final String UNREGISTERED = "aa555a0000000101";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void readiness_reports_the_database_and_the_listening_udp_backend() throws Exception {
    HttpResponse<String> r = get("/health/ready");
    assertEquals(200, r.statusCode(), r.body());
    Map<String, JsonObject> checks = checks(r.body());
    assertEquals("UP", checks.get("database").getString("status"), r.body());
    JsonObject bridge = checks.get("gateway-bridge");
    assertNotNull(bridge, "the adapter's check must be present: " + r.body());
    assertEquals("UP", bridge.getString("status"), r.body());
    assertEquals(
        "127.0.0.1:" + udpPort(), bridge.getJsonObject("data").getString("udp"), r.body());
    assertEquals("connected", bridge.getJsonObject("data").getString("mqtt"), r.body());

    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(checks(live.body()).containsKey("event-delivery"), live.body());
  }

  @Test
  void push_data_from_a_registered_gateway_updates_last_seen_location_and_stats() throws Exception {
    try (Connection db = FreshPostgresDatabase.connect()) {
      registerGateway(db, REGISTERED);
      try (DatagramSocket forwarder = new DatagramSocket(0)) {
        forwarder.setSoTimeout(5000);
        byte[] pullAck = exchange(forwarder, pullData(0x1234, REGISTERED));
        assertArrayEquals(new byte[] {2, 0x12, 0x34, 4}, pullAck);

        String json =
            "{\"rxpk\":[{\"tmst\":3512348611,\"chan\":2,\"rfch\":0,\"freq\":868.5,\"stat\":1,"
                + "\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":-35,"
                + "\"lsnr\":5.1,\"size\":14,\"data\":\"QAEBAQGAAAABwF9UeKI=\"}],"
                + "\"stat\":{\"time\":\"2026-11-24 06:00:00 GMT\",\"lati\":52.37,\"long\":4.89,"
                + "\"alti\":12,\"rxnb\":4,\"rxok\":3,\"rxfw\":3,\"ackr\":100.0,\"dwnb\":1,"
                + "\"txnb\":1}}";
        byte[] pushAck = exchange(forwarder, pushData(0xbeef, REGISTERED, json));
        assertArrayEquals(new byte[] {2, (byte) 0xbe, (byte) 0xef, 1}, pushAck);
      }

      Instant lastSeen =
          eventually(() -> timestamp(db, "select last_seen_at from gateway where gateway_id = ?"));
      assertTrue(lastSeen.isAfter(Instant.now().minusSeconds(120)), lastSeen.toString());
      long stats =
          eventually(
              () -> {
                long n = count(db, "select count(*) from gateway_stats where gateway_id = ?");
                return n > 0 ? n : null;
              });
      assertEquals(1, stats);
      // The location is saved after the statistics: wait for it too.
      eventually(
          () ->
              count(db, "select count(*) from gateway where gateway_id = ?"
                  + " and location_source is not null") > 0 ? true : null);
      try (PreparedStatement q =
          db.prepareStatement(
              "select latitude, longitude, location_source, rx_packets_received"
                  + " from gateway join gateway_stats using (gateway_id) where gateway_id = ?")) {
        q.setString(1, REGISTERED);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(52.37, rs.getDouble(1), 1e-9);
          assertEquals(4.89, rs.getDouble(2), 1e-9);
          assertEquals("GPS", rs.getString(3));
          assertEquals(4, rs.getLong(4));
        }
      }
    }
  }

  @Test
  void stats_from_a_gateway_behind_an_mqtt_bridge_reach_the_database() throws Exception {
    String gateway = "0016c001f153a14c";
    try (Connection db = FreshPostgresDatabase.connect()) {
      registerGateway(db, gateway);
      String prefix = System.getProperty("longwave.it.mqtt.prefix", "longwave-it");
      MqttClient bridge = new MqttClient("tcp://127.0.0.1:1883", "it-bridge", new MemoryPersistence());
      bridge.connect();
      try {
        MqttMessage m = new MqttMessage(
            ("{\"gatewayId\":\"" + gateway + "\",\"time\":\"2026-11-24T06:00:00Z\","
                + "\"rxPacketsReceived\":7,\"rxPacketsReceivedOk\":6,\"txPacketsReceived\":1,"
                + "\"txPacketsEmitted\":1}").getBytes(UTF_8));
        m.setQos(1);
        bridge.publish(prefix + "/gateway/" + gateway + "/event/stats", m);
      } finally {
        bridge.disconnect();
        bridge.close();
      }
      long received =
          eventually(
              () -> {
                try (PreparedStatement q = db.prepareStatement(
                    "select rx_packets_received from gateway_stats where gateway_id = ?")) {
                  q.setString(1, gateway);
                  try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                  }
                }
              });
      assertEquals(7, received);
      assertNotNull(timestamp(db, "select last_seen_at from gateway where gateway_id = ?", gateway));
    }
  }

  @Test
  void traffic_of_an_unregistered_gateway_is_acknowledged_counted_and_dropped() throws Exception {
    try (DatagramSocket forwarder = new DatagramSocket(0)) {
      forwarder.setSoTimeout(5000);
      String json =
          "{\"rxpk\":[{\"tmst\":1,\"chan\":0,\"rfch\":0,\"freq\":868.1,\"stat\":1,"
              + "\"modu\":\"LORA\",\"datr\":\"SF12BW125\",\"codr\":\"4/5\",\"rssi\":-99,"
              + "\"lsnr\":-7.5,\"size\":14,\"data\":\"QAEBAQGAAAABwF9UeKI=\"}]}";
      assertArrayEquals(
          new byte[] {2, 0, 7, 1}, exchange(forwarder, pushData(7, UNREGISTERED, json)));
    }
    Double dropped =
        eventually(
            () -> {
              Double v = metric("longwave_gateway_unregistered_uplinks_total");
              return v != null && v >= 1 ? v : null;
            });
    assertTrue(dropped >= 1);
    try (Connection db = FreshPostgresDatabase.connect()) {
      assertEquals(0, count(db, "select count(*) from gateway where gateway_id = ?", UNREGISTERED));
    }
  }

  @Test
  void a_malformed_datagram_is_dropped_and_receiving_goes_on() throws Exception {
    try (DatagramSocket forwarder = new DatagramSocket(0)) {
      forwarder.setSoTimeout(5000);
      byte[] garbage = {2, 0, 9, 0, 1, 2};
      send(forwarder, garbage);
      send(forwarder, "not a packet".getBytes(UTF_8));
      byte[] ack = exchange(forwarder, pullData(0x0a0b, "00800000a0000042"));
      assertArrayEquals(new byte[] {2, 0x0a, 0x0b, 4}, ack);
    }
  }

  @Test
  void first_start_created_the_admin_with_a_pbkdf2_hash_of_the_configured_password()
      throws Exception {
    try (Connection db = FreshPostgresDatabase.connect();
        PreparedStatement q =
            db.prepareStatement("select password_hash, is_admin from app_user where email = ?")) {
      q.setString(1, "admin");
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), "no admin user");
        assertTrue(rs.getString(1).startsWith("PBKDF2WithHmacSHA256:210000:"), rs.getString(1));
        assertTrue(rs.getBoolean(2));
      }
    }
  }

  @Test
  void metrics_and_openapi_are_served() throws Exception {
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("longwave_bridge_endpoints"), metrics.body());
    HttpResponse<String> openapi = get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("Longwave API"), openapi.body());
  }

  // --- helpers ---

  private static int udpPort() {
    return Integer.parseInt(System.getProperty("longwave.it.udp.port", "31700"));
  }

  private static byte[] header(int version, int token, int type, String gatewayEui) {
    byte[] h = new byte[12];
    h[0] = (byte) version;
    h[1] = (byte) (token >> 8);
    h[2] = (byte) token;
    h[3] = (byte) type;
    for (int i = 0; i < 8; i++) {
      h[4 + i] = (byte) Integer.parseInt(gatewayEui.substring(2 * i, 2 * i + 2), 16);
    }
    return h;
  }

  private static byte[] pullData(int token, String gatewayEui) {
    return header(2, token, 2, gatewayEui);
  }

  private static byte[] pushData(int token, String gatewayEui, String json) {
    byte[] h = header(2, token, 0, gatewayEui);
    byte[] body = json.getBytes(UTF_8);
    byte[] d = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, d, h.length, body.length);
    return d;
  }

  private static void send(DatagramSocket s, byte[] data) throws Exception {
    s.send(new DatagramPacket(data, data.length, new InetSocketAddress("127.0.0.1", udpPort())));
  }

  private static byte[] exchange(DatagramSocket s, byte[] data) throws Exception {
    send(s, data);
    DatagramPacket p = new DatagramPacket(new byte[1024], 1024);
    s.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  private static void registerGateway(Connection db, String id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into gateway (gateway_id, name, created_at, updated_at) values (?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      s.setString(1, id);
      s.setString(2, "roof");
      s.setTimestamp(3, now);
      s.setTimestamp(4, now);
      s.executeUpdate();
    }
  }

  private static Instant timestamp(Connection db, String sql) throws SQLException {
    return timestamp(db, sql, REGISTERED);
  }

  private static Instant timestamp(Connection db, String sql, String id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
        return t == null ? null : t.toInstant();
      }
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    return count(db, sql, REGISTERED);
  }

  private static long count(Connection db, String sql, String id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Polls until {@code probe} gives a non-null value, failing after {@link #PATIENCE}. */
  private static <T> T eventually(Callable<T> probe) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      T v = probe.call();
      if (v != null) {
        return v;
      }
      if (System.nanoTime() > deadline) {
        fail("condition not met within " + PATIENCE);
      }
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private Double metric(String name) throws Exception {
    for (String line : get("/metrics").body().split("\n")) {
      if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return null;
  }

  private static Map<String, JsonObject> checks(String body) {
    Map<String, JsonObject> m = new HashMap<>();
    JsonObject o = Json.createReader(new StringReader(body)).readObject();
    for (JsonValue v : o.getJsonArray("checks")) {
      JsonObject c = v.asJsonObject();
      m.put(c.getString("name"), c);
    }
    return m;
  }
}
