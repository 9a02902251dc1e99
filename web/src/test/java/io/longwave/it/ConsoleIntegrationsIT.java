package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The integration pages of an application in headless Chromium against the application on
 * Payara Micro and PostgreSQL (one deployment), with an ABP device, its gateway and application
 * made through the REST API, an organization admin and a viewer, and an HTTP receiver the test
 * runs on loopback. The admin has an HTTP integration without URLs and one with a malformed URL
 * refused next to the fields, adds one with a header and an uplink URL pointing at the receiver,
 * edits it and finds it stored; an uplink of a simulated packet forwarder reaches the receiver
 * with the header, and the page shows the delivery. The viewer sees the integrations but no add,
 * edit or delete controls; the admin has an InfluxDB form's required fields refused, adds one,
 * and deletes the HTTP integration after a confirmation.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIntegrationsIT extends ConsoleBrowserCase {

  private static final String ORG_ADMIN = "owner@integrations.it";
  private static final String VIEWER = "viewer@integrations.it";
  private static final String PASSWORD = "integrations-password-1";
  private static final String GATEWAY = "0102030405060722";
  private static final String DEV_EUI = "0004a30b001c0722";
  private static final AbpDevice DEVICE = new AbpDevice(DevAddr.parse("01abc722"),
      Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c"),
      Aes128Key.parse("000102030405060708090a0b0c0d0e0f"));

  private static final BlockingQueue<String> RECEIVED = new LinkedBlockingQueue<>();
  private static HttpServer receiver;
  private static long app;

  @Test
  @Order(1)
  void organization_admin_adds_and_edits_an_http_integration_that_receives_uplinks()
      throws Exception {
    signIn(ORG_ADMIN);
    browser.open("console/devices.xhtml?application=" + app);
    browser.click("integrations");
    browser.urlContains("integrations.xhtml");
    String kinds = browser.textContains("list:kinds", "InfluxDB");
    assertEquals(2, kinds.split("not configured", -1).length - 1, kinds);
    browser.textContains("delivery:targets", "no integration is configured");
    browser.click("list:kinds:0:add");
    browser.urlContains("http-integration.xhtml");

    browser.click("form:save");
    browser.textContains("form:eventEndpointURLMessage",
        "Give the event endpoint or at least one per-event URL.");
    browser.type("form:headers", "X-Api-Key=s3cret");
    browser.type("form:uplinkDataURL", "http://127.0.0.1/up, receiver/up");
    browser.click("form:save");
    browser.textContains("form:uplinkDataURLMessage",
        "'receiver/up' is not an http or https URL.");
    assertFalse(browser.text("messages").contains("is not an http or https URL"),
        "a field's message stands next to it, not among the page's");
    browser.screenshot("http-integration-form");

    browser.type("form:uplinkDataURL", receiverUrl("/up"));
    browser.click("form:save");
    browser.urlContains("integrations.xhtml");
    browser.textContains("messages", "HTTP integration saved.");
    kinds = browser.text("list:kinds");
    assertEquals(1, kinds.split("not configured", -1).length - 1, kinds);
    assertTrue(browser.present(By.id("list:kinds:0:edit")) && browser.present(
        By.id("list:kinds:1:add")), "HTTP is edited, InfluxDB added");
    browser.textContains("delivery:targets", receiverUrl("/up"));

    browser.click("list:kinds:0:edit");
    browser.until(d -> d.findElement(By.id("form:headers")).getDomProperty("value")
        .contains("X-Api-Key=s3cret"));
    browser.choose("form:marshaler", "JSON (v4 field names)");
    browser.type("form:eventEndpointURL", receiverUrl("/events"));
    browser.click("form:save");
    browser.urlContains("integrations.xhtml");
    browser.textContains("delivery:targets", receiverUrl("/events"));

    JsonObject stored = storedHttpIntegration();
    assertEquals("JSON", stored.getString("marshaler"));
    assertEquals(receiverUrl("/up"), stored.getString("uplinkDataURL"));
    assertEquals(receiverUrl("/events"), stored.getString("eventEndpointURL"));
    assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("key", "X-Api-Key").add("value", "s3cret")).build(), stored.getJsonArray("headers"));

    try (PacketForwarder forwarder = new PacketForwarder(GATEWAY)) {
      forwarder.pushUplink(1_000_000, DEVICE.unconfirmedUplink(1, 2, new byte[] {1, 2, 3}));
    }
    String up = receivedAt("/up ");
    assertTrue(up.startsWith("/up X-Api-Key=s3cret "), up);
    assertTrue(up.contains("probe-7"), up);
    browser.textContains("delivery:targets", " UTC");
    browser.screenshot("integrations");
  }

  @Test
  @Order(2)
  void viewer_sees_the_integrations_without_edit_controls() {
    signIn(VIEWER);
    browser.open("console/devices.xhtml?application=" + app);
    assertFalse(browser.present(By.id("addDevice")));
    browser.click("integrations");
    browser.textContains("list:kinds", "configured");
    browser.textContains("delivery:targets", receiverUrl("/up"));
    assertFalse(browser.present(By.id("list:kinds:0:edit")));
    assertFalse(browser.present(By.id("list:kinds:1:add")));
    browser.open("console/http-integration.xhtml?application=" + app);
    browser.textContains("messages", "You may not change the integrations of greenhouse.");
    assertFalse(browser.present(By.id("form:save")));
    assertFalse(browser.present(By.id("danger:delete")));
  }

  @Test
  @Order(3)
  void organization_admin_adds_influxdb_and_deletes_http_after_a_confirmation()
      throws Exception {
    signIn(ORG_ADMIN);
    browser.open("console/integrations.xhtml?application=" + app);
    browser.click("list:kinds:1:add");
    browser.urlContains("influxdb-integration.xhtml");
    browser.click("form:save");
    browser.textContains("form:endpointMessage", "The endpoint is required.");
    browser.textContains("form:dbMessage", "The database is required.");
    browser.type("form:endpoint", "http://127.0.0.1:1/write");
    browser.type("form:db", "lora");
    browser.choose("form:precision", "second");
    browser.click("form:save");
    browser.urlContains("integrations.xhtml");
    browser.textContains("messages", "InfluxDB integration saved.");
    browser.textContains("delivery:targets", "http://127.0.0.1:1/write");

    browser.click("list:kinds:0:edit");
    browser.click("danger:delete");
    browser.click("confirm:confirmNo");
    browser.ajaxDone();
    assertTrue(browser.present(By.id("danger:delete")));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("integrations.xhtml");
    browser.textContains("messages", "HTTP integration deleted.");
    browser.textLacks("delivery:targets", receiverUrl("/up"));
    assertTrue(browser.present(By.id("list:kinds:0:add")));
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select kind, configuration from application_integration"
            + " where application_id = " + app)) {
      assertTrue(r.next());
      assertEquals("INFLUXDB", r.getString(1));
      JsonObject influx = json(r.getString(2));
      assertEquals("lora", influx.getString("db"));
      assertEquals("S", influx.getString("precision"));
      assertFalse(r.next());
    }
  }

  /** The first request received on {@code pathAndBlank} (other events go elsewhere). */
  private static String receivedAt(String pathAndBlank) throws InterruptedException {
    long deadline = System.nanoTime() + ConsoleBrowser.PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String request = RECEIVED.poll(1, TimeUnit.SECONDS);
      if (request != null && request.startsWith(pathAndBlank)) {
        return request;
      }
    }
    throw new AssertionError("nothing received at " + pathAndBlank);
  }

  private static JsonObject storedHttpIntegration() throws Exception {
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select configuration from application_integration"
            + " where application_id = " + app + " and kind = 'HTTP'")) {
      assertTrue(r.next());
      return json(r.getString(1));
    }
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static String receiverUrl(String path) {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
  }

  private void signIn(String email) {
    signIn(email, PASSWORD);
  }

  @Override
  protected String lastPagePrefix() {
    return "integrations-last-";
  }

  /**
   * The receiver, which records each request as its path, X-Api-Key header and body; the ABP
   * device with its gateway and application; and the organization's two members.
   */
  @Override
  protected void provision() throws Exception {
    if (receiver != null) {
      return;
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        RECEIVED.add(exchange.getRequestURI().getPath() + " X-Api-Key="
            + exchange.getRequestHeaders().getFirst("X-Api-Key") + " "
            + new String(in.readAllBytes(), UTF_8));
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    LongwaveApi api = new LongwaveApi(base);
    app = api.provisionAbpDevice(GATEWAY, DEV_EUI, DEVICE);
    String org = api.ok("GET", "/api/applications/" + app, null)
        .getJsonObject("application").getString("organizationID");
    for (String email : new String[] {ORG_ADMIN, VIEWER}) {
      api.ok("POST", "/api/users", "{\"user\":{\"email\":\"" + email + "\",\"isAdmin\":false,"
          + "\"isActive\":true},\"password\":\"" + PASSWORD + "\",\"organizations\":[{"
          + "\"organizationID\":\"" + org + "\",\"isAdmin\":" + email.equals(ORG_ADMIN) + ","
          + "\"isDeviceAdmin\":false,\"isGatewayAdmin\":false}]}");
    }
    receiver = server;
  }

  @AfterAll
  static void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }
}
