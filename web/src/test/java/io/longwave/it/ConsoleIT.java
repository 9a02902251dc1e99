package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console in Debian's headless Chromium, driven by Selenium, against the application on
 * Payara Micro and PostgreSQL (one deployment): an organization with an application, a device
 * profile, three devices and a gateway provisioned by SQL; the admin signs in, reads the
 * dashboard's counts, lists gateways, applications and the application's devices (and searches
 * them), opens a device, has a malformed payload refused and enqueues a downlink that the queue
 * then shows; a viewer of the organization sees the device and its queue but no edit controls.
 * Screenshots of the main pages go to {@code target/screenshots}.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String VIEWER = "viewer@console.it";
  private static final String VIEWER_PASSWORD = "viewer-password-1";
  private static final long ORG = 7001;
  private static final long APP = 7001;
  private static final String DEVICE = "70b3d57ed0c0a001";

  private static boolean provisioned;

  @ArquillianResource private URL base;

  private ConsoleBrowser browser;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @BeforeEach
  void start() throws Exception {
    provision();
    browser = new ConsoleBrowser(base);
  }

  @AfterEach
  void stop(TestInfo test) throws IOException {
    if (browser != null) {
      try {
        browser.keepLastPage("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
      } finally {
        browser.close();
      }
    }
  }

  @Test
  @Order(1)
  void admin_reads_the_dashboard_and_lists_and_enqueues_a_downlink() throws Exception {
    browser.open("");
    browser.urlContains("login.xhtml");
    browser.open("console/dashboard.xhtml");
    browser.urlContains("login.xhtml");
    browser.screenshot("login");
    signIn("admin", ADMIN_PASSWORD);
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
    browser.textContains("messages", "is not a hexadecimal digit");
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
  void a_viewer_sees_the_device_and_its_queue_but_no_edit_controls() {
    browser.open("login.xhtml");
    signIn(VIEWER, "wrong-password");
    browser.textContains("login:messages", "Invalid e-mail or password.");
    signIn(VIEWER, VIEWER_PASSWORD);
    assertEquals("3", browser.text("deviceCount"));
    browser.open("console/device.xhtml?devEui=" + DEVICE);
    browser.textContains("devEui", DEVICE);
    browser.textContains("live:queueItems", "01020a");
    assertFalse(browser.present(By.id("downlink:enqueue")),
        "a viewer must not see the enqueue button");
    assertFalse(browser.present(By.id("live:flush")), "a viewer must not see the flush button");
    browser.open("console/device.xhtml?devEui=70b3d57e");
    browser.textContains("messages", "EUI-64");
  }

  private void signIn(String email, String password) {
    browser.type("login:email", email);
    browser.type("login:password", password);
    browser.click("login:signIn");
    if (!password.startsWith("wrong")) {
      browser.urlContains("dashboard.xhtml");
    }
  }

  private void chooseOrganization(String name) {
    if (browser.text("switcher:organization").contains(name)) {
      return;
    }
    browser.choose("switcher:organization", name);
    browser.until(d -> d.findElement(By.tagName("h2")).getText().contains(name));
  }

  /** The organization, its application, profile, devices and gateway, and a viewer member. */
  private void provision() throws Exception {
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
              + " last_seen_at, organization_id, network_server_id) values"
              + " ('0016c001ff10a235', 'gw-roof', 'On the roof', now(), now(), now(), " + ORG
              + ", 1)")) {
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
    provisioned = true;
  }

  private static String device(String devEui, String name, String lastSeen) {
    return "insert into device (dev_eui, name, application_id, device_profile_id,"
        + " skip_fcnt_check, is_disabled, join_nonce, created_at, updated_at, last_seen_at)"
        + " values ('" + devEui + "', '" + name + "', " + APP + ","
        + " '0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11', false, false, 0, now(), now(), " + lastSeen
        + ")";
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
