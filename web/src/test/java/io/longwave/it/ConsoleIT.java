package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console in Debian's headless Chromium, driven by Selenium, against the application on
 * Payara Micro and PostgreSQL (one deployment): an organization with an application, a device
 * profile, three devices and a gateway provisioned by SQL, a viewer member, and a member of
 * another organization. The admin reads the dashboard's counts, lists and searches, has a
 * malformed payload refused and enqueues a downlink; then lists the organization's users,
 * creates an application and an ABP device through the forms (their field messages first),
 * activates the device, sees the uplinks of a simulated packet forwarder pushed to the device
 * page (frames and charts) and to the gateway's (frames, traffic, map), which send no request
 * while nothing happens, enqueues a downlink, and creates and deletes a gateway after a
 * confirmation. The viewer sees the pages but no add, edit, delete or queue controls; the other
 * organization's member gets neither the device nor a live socket for it. Every step
 * waits on a condition (see {@link ConsoleBrowser}); screenshots go to {@code target/screenshots}.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT extends ConsoleBrowserCase {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String VIEWER = "viewer@console.it";
  private static final String VIEWER_PASSWORD = "viewer-password-1";
  private static final String OUTSIDER = "outsider@other.it";
  private static final String OUTSIDER_PASSWORD = "outsider-password-1";
  private static final long ORG = 7001;
  private static final long OTHER_ORG = 7002;
  private static final long APP = 7001;
  private static final String DEVICE = "70b3d57ed0c0a001";
  private static final String TRACKER = "70b3d57ed0c0b001";
  private static final String GATEWAY = "0016c001ff10a235";
  private static final String MAST = "0016c001ff10b236";
  private static final Aes128Key NWK_S_KEY = Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c");
  private static final Aes128Key APP_S_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");

  private static final By MAP_MARKER =
      By.cssSelector("#map.leaflet-container .leaflet-marker-icon");

  /** How long an open live page is watched for requests it should not send. */
  private static final Duration IDLE = Duration.ofSeconds(6);

  private static boolean provisioned;

  @Test
  @Order(1)
  void admin_reads_the_dashboard_and_lists_and_enqueues_a_downlink() throws Exception {
    browser.open("");
    browser.urlContains("login.xhtml");
    browser.open("console/dashboard.xhtml");
    browser.urlContains("login.xhtml");
    browser.screenshot("login");
    submitLogin("admin", ADMIN_PASSWORD);
    chooseOrganization("Console IT");
    assertEquals("1", browser.text("applicationCount"));
    assertEquals("3", browser.text("deviceCount"));
    assertEquals("1 active", browser.text("activeDevices"));
    assertEquals("1 inactive", browser.text("inactiveDevices"));
    assertEquals("1 never seen", browser.text("neverSeenDevices"));
    assertEquals("1", browser.text("gatewayCount"));
    assertEquals("1 online", browser.text("onlineGateways"));
    browser.screenshot("dashboard");

    browser.click("menuGateways");
    String gateways = browser.textContains("list:gateways", "gw-roof");
    assertTrue(gateways.contains("online"), gateways);
    browser.screenshot("gateways");

    browser.click("menuApplications");
    browser.textContains("list:applications", "meters");
    browser.click(By.linkText("meters"));
    String devices = browser.textContains("list:devices", "meter-3");
    assertTrue(devices.contains("meter-1") && devices.contains("meter-2")
        && devices.contains("never seen") && devices.contains("inactive"), devices);
    browser.screenshot("devices");
    browser.keys("list:devices:globalFilter", "meter-2");
    assertTrue(browser.textLacks("list:devices", "meter-3").contains("meter-2"));
    browser.type("list:devices:globalFilter", "");
    browser.textContains("list:devices", "meter-3");

    browser.click(By.linkText("meter-1"));
    browser.textContains("devEui", DEVICE);
    assertEquals("no", browser.text("live:activated"));
    browser.textContains("live:queueItems", "The queue is empty.");

    browser.type("downlink:fPort_input", "10");
    browser.type("downlink:payload", "0x12");
    browser.click("downlink:enqueue");
    browser.textContains("downlink:payloadMessage", "is not a hexadecimal digit");
    assertFalse(browser.text("messages").contains("hexadecimal"),
        "a field's message stands next to it, not among the page's");
    browser.ajaxDone();
    browser.textContains("live:queueItems", "The queue is empty.");

    browser.type("downlink:payload", "01 02 0a");
    browser.click(By.cssSelector("#downlink\\:confirmed .ui-chkbox-box"));
    browser.click("downlink:enqueue");
    String queue = browser.textContains("live:queueItems", "01020a");
    assertTrue(browser.text("messages").contains("Downlink enqueued on FPort 10"),
        browser.text("messages"));
    assertTrue(queue.contains("10") && queue.contains("yes"), queue);
    browser.screenshot("device");

    browser.click("account:signOut");
    browser.urlContains("login.xhtml");
    browser.open("console/device.xhtml?devEui=" + DEVICE);
    browser.urlContains("login.xhtml");
  }

  @Test
  @Order(2)
  void admin_creates_an_application_a_device_and_a_gateway_and_sees_a_live_uplink()
      throws Exception {
    browser.open("login.xhtml");
    submitLogin("admin", ADMIN_PASSWORD);
    chooseOrganization("Console IT");

    // The organization's users: the viewer is listed; an unknown e-mail is refused.
    browser.click("menuMembers");
    String members = browser.textContains("list:members", VIEWER);
    assertTrue(members.contains("viewer"), members);
    browser.click("add:addMember");
    browser.textContains("add:emailMessage", "The e-mail is required.");
    browser.type("add:email", "nobody@console.it");
    browser.click("add:addMember");
    browser.textContains("messages", "no user with e-mail nobody@console.it");

    // An organization API key: its token is shown once and works against the REST API.
    browser.click("menuApiKeys");
    browser.type("add:name", "billing-export");
    browser.click("add:create");
    browser.textContains("keys:list", "billing-export");
    String token = browser.until(d -> {
      String v = d.findElement(By.id("keys:createdToken")).getDomProperty("value");
      return v == null || v.isBlank() ? null : v;
    });
    assertTrue(get("/api/applications?limit=10&organizationID=" + ORG, token)
        .contains("\"meters\""));
    browser.click("keys:list:0:delete");
    browser.click("confirm:confirmYes");
    browser.textContains("keys:list", "No API keys.");

    // An application, refused first with the messages next to its fields.
    browser.click("menuApplications");
    browser.click("addApplication");
    browser.click("form:save");
    browser.textContains("form:nameMessage", "The name is required.");
    browser.type("form:name", "bad name!");
    browser.click("form:save");
    browser.textContains("form:nameMessage", "Letters, digits, _ and - only.");
    browser.screenshot("application-form");
    browser.type("form:name", "trackers");
    browser.type("form:description", "Asset trackers");
    browser.choose("form:serviceProfile", "sp");
    browser.click("form:save");
    browser.urlContains("devices.xhtml");
    browser.textContains("messages", "Application trackers saved.");
    browser.textContains("list:devices", "No devices.");

    // A device with tags and variables, then its ABP activation.
    browser.click("addDevice");
    browser.type("form:devEui", "70b3d57e");
    browser.type("form:name", "tracker-1");
    browser.choose("form:deviceProfile", "abp-eu868");
    browser.type("form:tags", "floor=3\nroom=lab");
    browser.type("form:variables", "=orphan");
    browser.click("form:save");
    browser.textContains("form:devEuiMessage", "Invalid EUI-64");
    browser.textContains("form", "not key=value");
    browser.type("form:devEui", TRACKER);
    browser.type("form:variables", "token=s3cret");
    browser.click("form:save");
    browser.urlContains("device.xhtml");
    browser.textContains("devEui", TRACKER);
    assertEquals("floor=3, room=lab", browser.text("tags"));

    browser.click("editDevice");
    browser.urlContains("device-form.xhtml");
    assertTrue(browser.until(d -> d.findElement(By.id("form:variables"))
        .getDomProperty("value")).contains("token=s3cret"));
    browser.click("activation:randomDevAddr");
    String devAddr = browser.until(d -> {
      String v = d.findElement(By.id("activation:devAddr")).getDomProperty("value");
      return v == null || v.isBlank() ? null : v;
    });
    browser.type("activation:nwkSEncKey", NWK_S_KEY.toHex());
    browser.type("activation:appSKey", "00112233");
    browser.click("activation:activate");
    browser.textContains("activation", "Invalid AES-128 key");
    browser.type("activation:appSKey", APP_S_KEY.toHex());
    browser.click("activation:activate");
    browser.textContains("messages", "Device activated with address " + devAddr);
    browser.screenshot("device-form");

    // An uplink through the simulated gateway is pushed to the device page as it arrives; while
    // nothing happens, the page sends no request.
    browser.open("console/device.xhtml?devEui=" + TRACKER);
    browser.textContains("live:activated", "yes");
    awaitLiveSocket("refreshLive");
    long idle = live("refreshLive", "refreshes");
    Thread.sleep(IDLE.toMillis());
    assertEquals(idle, live("refreshLive", "refreshes"), "an idle device page does not poll");
    assertEquals(0, live("refreshLive", "notices"));
    try (SimulatedGateway gateway = new SimulatedGateway(GATEWAY)) {
      gateway.uplink(DevAddr.parse(devAddr), NWK_S_KEY, APP_S_KEY, 0, 2, new byte[] {1, 2, 3},
          868.1, 9, -57, 8.5);
      String frames = browser.textContains("live:frameRows", "unconfirmed data up");
      assertTrue(frames.contains("RSSI -57 dBm") && frames.contains(GATEWAY), frames);
      assertTrue(live("refreshLive", "notices") >= 1, "the uplink came as a pushed notice");
      assertTrue(live("refreshLive", "refreshes") > idle);
      // One after the other, as a device sends them: uplinks of one device that arrive
      // together are handled in parallel, so their order in the log is not their FCnt's.
      gateway.uplink(DevAddr.parse(devAddr), NWK_S_KEY, APP_S_KEY, 1, 2, new byte[] {4},
          868.3, 8, -71, 4.25);
      browser.textContains("live:frameRows", "RSSI -71 dBm");
      gateway.uplink(DevAddr.parse(devAddr), NWK_S_KEY, APP_S_KEY, 2, 2, new byte[] {5},
          868.5, 7, -64, 6.0);
      browser.textContains("live:frameRows", "RSSI -64 dBm");
      gateway.stats(5, 4, 1);
    }
    // The charts: RSSI of the three uplinks, oldest first, and their data rates (EU868).
    browser.until(d -> "-57,-71,-64".equals(((JavascriptExecutor) d).executeScript(
        "var c = PF('signalChart').chart; return c ? c.data.datasets[0].data.join(',') : '';")));
    browser.until(d -> "3,4,5".equals(((JavascriptExecutor) d).executeScript(
        "var c = PF('channelChart').chart; return c ? c.data.datasets[0].data.join(',') : '';")));
    browser.textContains("live:devAddr", devAddr);
    browser.textLacks("lastSeen", "never");
    browser.type("downlink:fPort_input", "5");
    browser.type("downlink:payload", "aa55");
    browser.click("downlink:enqueue");
    browser.textContains("live:queueItems", "aa55");
    browser.screenshot("device-live");

    // The gateway that heard it: its frames and its traffic chart.
    browser.click("menuGateways");
    browser.click(By.linkText("gw-roof"));
    browser.textContains("live:frameRows", "unconfirmed data up");
    assertEquals("online", browser.text("live:status"));
    browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var c = PF('trafficChart').chart; return !!c && c.data.datasets[0].data"
            + ".reduce(function (a, b) { return a + b; }, 0) >= 5;")));
    browser.until(d -> !d.findElements(MAP_MARKER).isEmpty());
    // A frame the gateway hears later is pushed to its open page too.
    browser.open("console/gateway.xhtml?gatewayId=" + GATEWAY);
    browser.textContains("live:gatewayId", GATEWAY);
    awaitLiveSocket("refreshGateway");
    long gatewayIdle = live("refreshGateway", "refreshes");
    Thread.sleep(IDLE.toMillis());
    assertEquals(gatewayIdle, live("refreshGateway", "refreshes"),
        "an idle gateway page does not poll");
    try (SimulatedGateway gateway = new SimulatedGateway(GATEWAY)) {
      gateway.uplink(DevAddr.parse(devAddr), NWK_S_KEY, APP_S_KEY, 3, 2, new byte[] {6},
          868.1, 9, -88, 2.5);
      browser.textContains("live:frameRows", "RSSI -88 dBm");
    }
    assertTrue(live("refreshGateway", "notices") >= 1, "the frame came as a pushed notice");
    browser.screenshot("gateway");

    // A new gateway with a location: the map, then its deletion after a confirmation.
    browser.click("menuGateways");
    browser.click("addGateway");
    browser.type("form:gatewayId", MAST);
    browser.type("form:name", "gw-mast");
    browser.type("form:latitude", "95");
    browser.type("form:longitude", "4.8897");
    browser.click("form:save");
    browser.textContains("form:latitudeMessage", "The latitude lies within -90..90.");
    browser.type("form:latitude", "52.3731");
    browser.click("form:save");
    browser.urlContains("gateway.xhtml");
    browser.textContains("live:gatewayId", MAST);
    browser.until(d -> !d.findElements(MAP_MARKER).isEmpty());
    browser.click("editGateway");
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("gateways.xhtml");
    browser.textContains("messages", "Gateway gw-mast deleted.");
    browser.textLacks("list:gateways", "gw-mast");
  }

  @Test
  @Order(3)
  void a_viewer_sees_the_device_and_its_queue_but_no_edit_controls() {
    browser.open("login.xhtml");
    submitLogin(VIEWER, "wrong-password");
    browser.textContains("login:messages", "Invalid e-mail or password.");
    submitLogin(VIEWER, VIEWER_PASSWORD);
    assertEquals("4", browser.text("deviceCount"), "the three devices and tracker-1");
    browser.open("console/device.xhtml?devEui=" + DEVICE);
    browser.textContains("devEui", DEVICE);
    browser.textContains("live:queueItems", "01020a");
    assertFalse(browser.present(By.id("downlink:enqueue")),
        "a viewer must not see the enqueue button");
    assertFalse(browser.present(By.id("live:flush")), "a viewer must not see the flush button");
    assertFalse(browser.present(By.id("editDevice")), "a viewer must not see the edit button");
    assertFalse(browser.present(By.id("menuMembers")), "a viewer does not manage users");
    assertFalse(browser.present(By.id("menuApiKeys")), "a viewer does not manage API keys");
    browser.click("menuApplications");
    browser.textContains("list:applications", "meters");
    assertFalse(browser.present(By.id("addApplication")));
    assertFalse(browser.present(By.id("list:applications:0:edit")));
    browser.click(By.linkText("meters"));
    browser.textContains("list:devices", "meter-1");
    assertFalse(browser.present(By.id("addDevice")));
    browser.click("menuGateways");
    browser.textContains("list:gateways", "gw-roof");
    assertFalse(browser.present(By.id("addGateway")));
    browser.click(By.linkText("gw-roof"));
    browser.textContains("live:gatewayId", GATEWAY);
    assertFalse(browser.present(By.id("editGateway")));
    browser.open("console/device-form.xhtml?devEui=" + DEVICE);
    browser.textContains("messages", "You may not change the devices of meters.");
    assertFalse(browser.present(By.id("form:save")));
    browser.open("console/device.xhtml?devEui=70b3d57e");
    browser.textContains("messages", "EUI-64");
  }

  /** Waits until the page's socket of the live part of {@code command} is open. */
  private void awaitLiveSocket(String command) {
    browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var p = window.Longwave && Longwave.live['" + command + "'];"
            + " return !!p && p.opened && !p.running;")));
  }

  /** True when the page opened a socket for the live part of {@code command}. */
  private boolean liveSocket(String command) {
    return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
        "var p = window.Longwave && Longwave.live['" + command + "'];"
            + " return !!p && !!p.socket;"));
  }

  /** A counter of the live part of {@code command}: its refreshes or its pushed notices. */
  private long live(String command, String counter) {
    Object n = ((JavascriptExecutor) browser.driver()).executeScript(
        "return Longwave.live['" + command + "']." + counter + ";");
    return ((Number) n).longValue();
  }

  @Test
  @Order(4)
  void a_member_of_another_organization_gets_no_live_socket_for_the_device() {
    browser.open("login.xhtml");
    submitLogin(OUTSIDER, OUTSIDER_PASSWORD);
    browser.open("console/device.xhtml?devEui=" + TRACKER);
    browser.until(d -> d.findElement(By.id("messages")).getText().isBlank() ? null : true);
    assertFalse(browser.present(By.id("devEui")), "the device of another organization is hidden");
    assertFalse(liveSocket("refreshLive"),
        "a page that could not read the device opens no socket for it");
    browser.open("console/gateway.xhtml?gatewayId=" + GATEWAY);
    browser.until(d -> d.findElement(By.id("messages")).getText().isBlank() ? null : true);
    assertFalse(liveSocket("refreshGateway"),
        "a page that could not read the gateway opens no socket for it");
    browser.open("console/device.xhtml?devEui=" + DEVICE);
    browser.until(d -> d.findElement(By.id("messages")).getText().isBlank() ? null : true);
    assertFalse(liveSocket("refreshLive"));
  }

  /** Types the credentials on the open login page and submits them. */
  private void submitLogin(String email, String password) {
    browser.type("login:email", email);
    browser.type("login:password", password);
    browser.click("login:signIn");
    if (!password.startsWith("wrong")) {
      browser.urlContains("dashboard.xhtml");
    }
  }

  private void chooseOrganization(String name) {
    // the label shows the chosen organization; the select's own text holds every option
    if (browser.text("switcher:organization_label").contains(name)) {
      return;
    }
    browser.choose("switcher:organization", name);
    browser.until(d -> d.findElement(By.tagName("h2")).getText().contains(name));
  }

  @Override
  protected String lastPagePrefix() {
    return "last-";
  }

  /** The organization, its application, profile, devices and gateway, and a viewer member. */
  @Override
  protected void provision() throws Exception {
    if (provisioned) {
      return;
    }
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      for (String sql : List.of(
          "insert into organization (id, name, display_name, can_have_gateways, created_at,"
              + " updated_at) values (" + ORG + ", 'console-it', 'Console IT', true, now(),"
              + " now())",
          "insert into service_profile (id, name, organization_id, network_server_id,"
              + " created_at, updated_at) values ('6d5db27e-4ce2-4b2b-b5d7-91f069397978',"
              + " 'sp', " + ORG + ", 1, now(), now())",
          "insert into application (id, name, description, organization_id,"
              + " service_profile_id, created_at, updated_at) values (" + APP + ", 'meters',"
              + " 'Water meters', " + ORG + ", '6d5db27e-4ce2-4b2b-b5d7-91f069397978', now(),"
              + " now())",
          "insert into device_profile (id, name, region, mac_version, reg_params_revision,"
              + " supports_join, supports_class_b, supports_class_c, class_b_timeout,"
              + " ping_slot_period, class_c_timeout, rx_delay_1, rx_dr_offset_1, rx_datarate_2,"
              + " rx_freq_2, max_eirp, adr_algorithm_id, uplink_interval,"
              + " device_status_req_frequency, flush_queue_on_activate, created_at, updated_at,"
              + " organization_id, network_server_id) values"
              + " ('0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11', 'abp-eu868', 'EU868', '1.0.3', 'A',"
              + " false, false, false, 0, 0, 0, 1, 0, 0, 869525000, 16, 'default', 3600, 0,"
              + " false, now(), now(), " + ORG + ", 1)",
          device(DEVICE, "meter-1", "now()"),
          device("70b3d57ed0c0a002", "meter-2", "now() - interval '1 day'"),
          device("70b3d57ed0c0a003", "meter-3", "null"),
          "insert into gateway (gateway_id, name, description, created_at, updated_at,"
              + " last_seen_at, organization_id, network_server_id, latitude, longitude,"
              + " altitude, location_source) values ('" + GATEWAY + "', 'gw-roof', 'On the roof',"
              + " now(), now(), now(), " + ORG + ", 1, 52.0907, 5.1214, 12, 'CONFIG')")) {
        s.execute(sql);
      }
    }
    HttpClient http = HttpClient.newHttpClient();
    String login = post(http, "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
    Matcher jwt = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
    assertTrue(jwt.find(), login);
    post(http, "/api/users", jwt.group(1), "{\"user\":{\"email\":\"" + VIEWER + "\","
        + "\"isAdmin\":false,\"isActive\":true},\"password\":\"" + VIEWER_PASSWORD + "\","
        + "\"organizations\":[{\"organizationID\":\"" + ORG + "\",\"isAdmin\":false,"
        + "\"isDeviceAdmin\":false,\"isGatewayAdmin\":false}]}");
    try (Connection c = FreshPostgresDatabase.connect(); Statement st = c.createStatement()) {
      st.execute("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (" + OTHER_ORG + ", 'other-it', 'Other IT', true,"
          + " now(), now())");
    }
    post(http, "/api/users", jwt.group(1), "{\"user\":{\"email\":\"" + OUTSIDER + "\","
        + "\"isAdmin\":false,\"isActive\":true},\"password\":\"" + OUTSIDER_PASSWORD + "\","
        + "\"organizations\":[{\"organizationID\":\"" + OTHER_ORG + "\",\"isAdmin\":true,"
        + "\"isDeviceAdmin\":true,\"isGatewayAdmin\":true}]}");
    provisioned = true;
  }

  private static String device(String devEui, String name, String lastSeen) {
    return "insert into device (dev_eui, name, application_id, device_profile_id,"
        + " skip_fcnt_check, is_disabled, join_nonce, created_at, updated_at, last_seen_at)"
        + " values ('" + devEui + "', '" + name + "', " + APP + ","
        + " '0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11', false, false, 0, now(), now(), " + lastSeen
        + ")";
  }

  private String get(String path, String token) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Grpc-Metadata-Authorization", "Bearer " + token).GET().build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private String post(HttpClient http, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (token != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
