package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
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
import org.openqa.selenium.WebDriverException;

/**
 * The profile pages in headless Chromium against the application on Payara Micro and PostgreSQL
 * (one deployment): an organization with an admin (no global admin) and a viewer member, made
 * through the REST API. The admin has an unnamed device profile refused with the message next to
 * the name, creates a profile with a custom JavaScript codec, edits it (name, Class C, tags) and
 * finds everything stored; the viewer lists it but sees no add, edit or save controls; the admin
 * deletes it after a confirmation. The global admin, working in that organization through the
 * switcher, creates and edits a service profile (stored for that organization) and a gateway
 * profile with extra channels, each after a field message and a refusal of the service; the
 * viewer lists both without edit controls; the global admin deletes both after a confirmation
 * (the service profile only once no application uses it).
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleProfilesIT extends ConsoleBrowserCase {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String ORG_ADMIN = "owner@profiles.it";
  private static final String VIEWER = "viewer@profiles.it";
  private static final String PASSWORD = "profiles-password-1";
  private static final long ORG = 7301;
  private static final String DECODER =
      "function Decode(fPort, bytes, variables) { return {level: bytes[0]}; }";
  private static final String ENCODER =
      "function Encode(fPort, obj, variables) { return [obj.level]; }";

  private static boolean provisioned;
  private static String profileId;
  private static String serviceProfileId;
  private static String gatewayProfileId;

  @Test
  @Order(1)
  void organization_admin_creates_and_edits_a_device_profile_with_a_javascript_codec()
      throws Exception {
    signIn(ORG_ADMIN);
    browser.click("menuDeviceProfiles");
    browser.textContains("list:profiles", "No device profiles.");
    browser.click("addDeviceProfile");

    browser.click("form:save");
    browser.textContains("form:tabs:nameMessage", "The name is required.");
    assertFalse(browser.text("messages").contains("The name is required."),
        "a field's message stands next to it, not among the page's");

    browser.type("form:tabs:name", "level-sensor");
    browser.choose("form:tabs:region", "EU868");
    browser.click(By.linkText("Codec"));
    browser.choose("form:tabs:codec", "Custom JavaScript codec functions");
    browser.type("form:tabs:decoderScript", DECODER);
    browser.type("form:tabs:encoderScript", ENCODER);
    browser.screenshot("device-profile-form");
    browser.click("form:save");
    browser.urlContains("device-profiles.xhtml");
    String list = browser.textContains("list:profiles", "level-sensor");
    assertTrue(list.contains("CUSTOM_JS") && list.contains("OTAA") && list.contains("1.0.3"),
        list);
    assertTrue(browser.text("messages").contains("Device profile level-sensor saved."));

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id, payload_codec, payload_decoder_script,"
            + " payload_encoder_script, supports_class_c from device_profile"
            + " where organization_id = " + ORG)) {
      assertTrue(r.next());
      profileId = r.getString(1);
      assertEquals("CUSTOM_JS", r.getString(2));
      assertEquals(DECODER, r.getString(3));
      assertEquals(ENCODER, r.getString(4));
      assertFalse(r.getBoolean(5));
      assertFalse(r.next());
    }

    browser.click(By.linkText("level-sensor"));
    browser.click(By.linkText("Codec"));
    assertEquals(DECODER, browser.until(d -> d.findElement(By.id("form:tabs:decoderScript"))
        .getDomProperty("value")));
    browser.click(By.linkText("General"));
    browser.type("form:tabs:name", "level-sensor-c");
    browser.type("form:tabs:uplinkInterval", "many");
    browser.click("form:save");
    browser.textContains("form:tabs:uplinkIntervalMessage", "is a whole number");
    browser.type("form:tabs:uplinkInterval", "600");
    browser.click(By.linkText("Class-C"));
    browser.click(By.cssSelector("#form\\:tabs\\:supportsClassC .ui-chkbox-box"));
    browser.click(By.linkText("Tags"));
    browser.type("form:tabs:tags", "site=north");
    browser.click("form:save");
    browser.urlContains("device-profiles.xhtml");
    list = browser.textContains("list:profiles", "level-sensor-c");
    assertTrue(list.contains("A, C"), list);
    browser.screenshot("device-profiles");

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select name, supports_class_c, uplink_interval,"
            + " payload_decoder_script from device_profile where id = '" + profileId + "'")) {
      assertTrue(r.next());
      assertEquals("level-sensor-c", r.getString(1));
      assertTrue(r.getBoolean(2));
      assertEquals(600, r.getInt(3));
      assertEquals(DECODER, r.getString(4));
    }
    assertTrue(get("/api/device-profiles/" + profileId).contains("\"site\":\"north\""));
  }

  @Test
  @Order(2)
  void viewer_lists_the_profiles_without_edit_controls() {
    signIn(VIEWER);
    browser.click("menuDeviceProfiles");
    browser.textContains("list:profiles", "level-sensor-c");
    assertFalse(browser.present(By.id("addDeviceProfile")));
    assertFalse(browser.present(By.id("list:profiles:0:edit")));
    browser.open("console/device-profile-form.xhtml?id=" + profileId);
    browser.textContains("messages", "You may not change the device profiles");
    assertFalse(browser.present(By.id("form:save")));
    assertFalse(browser.present(By.id("danger:delete")));
  }

  @Test
  @Order(3)
  void organization_admin_deletes_the_profile_after_a_confirmation() {
    signIn(ORG_ADMIN);
    browser.open("console/device-profile-form.xhtml?id=" + profileId);
    browser.click("danger:delete");
    browser.click("confirm:confirmNo");
    browser.ajaxDone();
    assertTrue(browser.present(By.id("danger:delete")));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("device-profiles.xhtml");
    browser.textContains("list:profiles", "No device profiles.");
    browser.textContains("messages", "Device profile level-sensor-c deleted.");
  }

  @Test
  @Order(4)
  void global_admin_creates_and_edits_a_service_profile_of_the_chosen_organization()
      throws Exception {
    signInAsGlobalAdmin();
    browser.click("menuServiceProfiles");
    browser.until(d -> d.findElement(By.tagName("h2")).getText()
        .contains("Service profiles of Profiles IT"));
    browser.textContains("list:profiles", "No service profiles.");
    browser.click("addServiceProfile");
    browser.textContains("form", "Service profile of Profiles IT");

    browser.click("form:save");
    browser.textContains("form:nameMessage", "The name is required.");
    browser.type("form:name", "metered");
    browser.type("form:drMin", "5");
    browser.type("form:drMax", "3");
    browser.type("form:channelMask", "f");
    browser.click("form:save");
    browser.textContains("form:channelMaskMessage", "Up to 32 bytes in hex");
    browser.type("form:channelMask", "FF00");
    browser.click("form:save");
    browser.textContains("messages", "drMin and drMax must satisfy");
    assertTrue(browser.present(By.id("form:save")), "a refused profile stays in its form");

    browser.type("form:drMin", "0");
    browser.type("form:drMax", "5");
    browser.type("form:ulRate", "10");
    browser.choose("form:ulRatePolicy", "MARK");
    browser.screenshot("service-profile-form");
    browser.click("form:save");
    browser.urlContains("service-profiles.xhtml");
    String list = browser.textContains("list:profiles", "metered");
    assertTrue(list.contains("DR0–DR5") && list.contains("10/min, then mark"), list);
    browser.textContains("messages", "Service profile metered saved.");

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id, organization_id, network_server_id, dr_max,"
            + " ul_rate, ul_rate_policy, channel_mask, add_gw_meta_data from service_profile"
            + " where name = 'metered'")) {
      assertTrue(r.next(), "the profile is stored");
      serviceProfileId = r.getString(1);
      assertEquals(ORG, r.getLong(2), "the profile belongs to the organization chosen");
      assertEquals(1, r.getLong(3));
      assertEquals(5, r.getInt(4));
      assertEquals(10, r.getInt(5));
      assertEquals("MARK", r.getString(6));
      assertEquals("ff00", r.getString(7));
      assertTrue(r.getBoolean(8));
      assertFalse(r.next());
    }

    browser.click(By.linkText("metered"));
    assertEquals("ff00", browser.until(d -> d.findElement(By.id("form:channelMask"))
        .getDomProperty("value")));
    browser.type("form:name", "metered-battery");
    browser.type("form:drMax", "7");
    browser.click(By.cssSelector("#form\\:reportDevStatusBattery .ui-chkbox-box"));
    browser.click("form:save");
    browser.urlContains("service-profiles.xhtml");
    list = browser.textContains("list:profiles", "metered-battery");
    assertTrue(list.contains("DR0–DR7"), list);
    browser.screenshot("service-profiles");

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select name, organization_id, dr_max,"
            + " report_dev_status_battery, ul_rate from service_profile where id = '"
            + serviceProfileId + "'")) {
      assertTrue(r.next());
      assertEquals("metered-battery", r.getString(1));
      assertEquals(ORG, r.getLong(2));
      assertEquals(7, r.getInt(3));
      assertTrue(r.getBoolean(4));
      assertEquals(10, r.getInt(5));
    }
  }

  @Test
  @Order(5)
  void global_admin_creates_and_edits_a_gateway_profile_with_extra_channels() throws Exception {
    signInAsGlobalAdmin();
    browser.click("menuGatewayProfiles");
    browser.textContains("list:profiles", "No gateway profiles.");
    browser.click("addGatewayProfile");

    browser.click("form:save");
    browser.textContains("form:nameMessage", "The name is required.");
    browser.type("form:name", "eu868-eight");
    browser.type("form:channels", "0, 1, 200");
    browser.click("form:addExtraChannel");
    browser.type("form:extraChannels:0:frequency", "867100000");
    browser.type("form:extraChannels:0:spreadingFactors", "7, 8, 9");
    browser.click("form:save");
    browser.textContains("messages", "0..95");
    browser.type("form:channels", "0, 1, 2");
    browser.click("form:save");
    browser.urlContains("gateway-profiles.xhtml");
    String list = browser.textContains("list:profiles", "eu868-eight");
    assertTrue(list.contains("0, 1, 2"), list);
    browser.textContains("messages", "Gateway profile eu868-eight saved.");

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id, channels, extra_channels, stats_interval,"
            + " network_server_id from gateway_profile where name = 'eu868-eight'")) {
      assertTrue(r.next(), "the profile is stored");
      gatewayProfileId = r.getString(1);
      assertEquals("0,1,2", r.getString(2));
      assertEquals("[{\"modulation\":\"LORA\",\"frequency\":867100000,\"bandwidth\":125,"
          + "\"bitrate\":0,\"spreadingFactors\":[7,8,9]}]", r.getString(3));
      assertEquals(30, r.getInt(4));
      assertEquals(1, r.getLong(5));
      assertFalse(r.next());
    }

    browser.click(By.linkText("eu868-eight"));
    assertEquals("867100000", browser.until(d -> d.findElement(
        By.id("form:extraChannels:0:frequency")).getDomProperty("value")));
    browser.type("form:statsInterval", "60");
    browser.click("form:addExtraChannel");
    browser.choose("form:extraChannels:1:modulation", "FSK");
    browser.type("form:extraChannels:1:frequency", "868800000");
    browser.type("form:extraChannels:1:bitrate", "50000");
    browser.screenshot("gateway-profile-form");
    browser.click("form:save");
    browser.urlContains("gateway-profiles.xhtml");
    browser.textContains("list:profiles", "eu868-eight");
    browser.screenshot("gateway-profiles");

    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select extra_channels, stats_interval from gateway_profile"
            + " where id = '" + gatewayProfileId + "'")) {
      assertTrue(r.next());
      String extra = r.getString(1);
      assertTrue(extra.contains("\"frequency\":867100000") && extra.contains(
          "{\"modulation\":\"FSK\",\"frequency\":868800000,\"bandwidth\":125,"
              + "\"bitrate\":50000,\"spreadingFactors\":[]}"), extra);
      assertEquals(60, r.getInt(2));
    }
  }

  @Test
  @Order(6)
  void viewer_lists_service_and_gateway_profiles_without_edit_controls() {
    signIn(VIEWER);
    browser.click("menuServiceProfiles");
    browser.textContains("list:profiles", "metered-battery");
    assertFalse(browser.present(By.id("addServiceProfile")));
    assertFalse(browser.present(By.id("list:profiles:0:edit")));
    browser.open("console/service-profile-form.xhtml?id=" + serviceProfileId);
    browser.textContains("messages", "Only global admins change service profiles.");
    assertFalse(browser.present(By.id("form:save")));
    assertFalse(browser.present(By.id("danger:delete")));

    browser.click("menuGatewayProfiles");
    browser.textContains("list:profiles", "eu868-eight");
    assertFalse(browser.present(By.id("addGatewayProfile")));
    assertFalse(browser.present(By.id("list:profiles:0:edit")));
    browser.open("console/gateway-profile-form.xhtml?id=" + gatewayProfileId);
    browser.textContains("messages", "Only global admins change gateway profiles.");
    assertFalse(browser.present(By.id("form:save")));
    assertFalse(browser.present(By.id("danger:delete")));
  }

  @Test
  @Order(7)
  void global_admin_deletes_both_profiles_after_a_confirmation() throws Exception {
    signInAsGlobalAdmin();
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("insert into application (id, name, organization_id, service_profile_id,"
          + " created_at, updated_at) values (7302, 'metered-app', " + ORG + ", '"
          + serviceProfileId + "', now(), now())");
    }
    browser.open("console/service-profile-form.xhtml?id=" + serviceProfileId);
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.textContains("messages", "is used by applications and cannot be deleted");
    assertEquals(1, count("service_profile where id = '" + serviceProfileId + "'"));
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("delete from application where id = 7302");
    }

    browser.click("danger:delete");
    browser.click("confirm:confirmNo");
    browser.ajaxDone();
    assertEquals(1, count("service_profile where id = '" + serviceProfileId + "'"));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("service-profiles.xhtml");
    browser.textContains("messages", "Service profile metered-battery deleted.");
    browser.textContains("list:profiles", "No service profiles.");
    assertEquals(0, count("service_profile where id = '" + serviceProfileId + "'"));

    browser.open("console/gateway-profile-form.xhtml?id=" + gatewayProfileId);
    browser.click("danger:delete");
    browser.click("confirm:confirmNo");
    browser.ajaxDone();
    assertEquals(1, count("gateway_profile where id = '" + gatewayProfileId + "'"));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("gateway-profiles.xhtml");
    browser.textContains("messages", "Gateway profile eu868-eight deleted.");
    browser.textContains("list:profiles", "No gateway profiles.");
    assertEquals(0, count("gateway_profile where id = '" + gatewayProfileId + "'"));
  }

  /** Signs the global admin in and chooses this class's organization in the switcher. */
  private void signInAsGlobalAdmin() {
    signIn("admin", ADMIN_PASSWORD);
    if (!browser.text("switcher:organization_label").contains("Profiles IT")) {
      browser.choose("switcher:organization", "Profiles IT");
    }
    browser.until(d -> {
      try {
        return d.findElement(By.tagName("h2")).getText().contains("Profiles IT");
      } catch (WebDriverException e) {
        return false; // the switch reloads the page while it is read
      }
    });
  }

  private static int count(String fromWhere) throws Exception {
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + fromWhere)) {
      assertTrue(r.next());
      return r.getInt(1);
    }
  }

  private void signIn(String email) {
    signIn(email, PASSWORD);
    browser.until(d -> d.findElement(By.tagName("h2")).getText().contains("Profiles IT"));
  }

  @Override
  protected String lastPagePrefix() {
    return "profiles-last-";
  }

  /** The organization and its two members, made through the REST API. */
  @Override
  protected void provision() throws Exception {
    if (provisioned) {
      return;
    }
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (" + ORG + ", 'profiles-it', 'Profiles IT', true,"
          + " now(), now())");
    }
    user(ORG_ADMIN, true);
    user(VIEWER, false);
    provisioned = true;
  }

  private void user(String email, boolean orgAdmin) throws Exception {
    post("/api/users", "{\"user\":{\"email\":\"" + email + "\",\"isAdmin\":false,"
        + "\"isActive\":true},\"password\":\"" + PASSWORD + "\",\"organizations\":[{"
        + "\"organizationID\":\"" + ORG + "\",\"isAdmin\":" + orgAdmin + ","
        + "\"isDeviceAdmin\":false,\"isGatewayAdmin\":false}]}");
  }

  private String adminToken() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/internal/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"email\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", UTF_8)));
    Matcher jwt = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    assertTrue(jwt.find(), r.body());
    return jwt.group(1);
  }

  private String get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Grpc-Metadata-Authorization", "Bearer " + adminToken()).GET()).body();
  }

  private void post(String path, String body) throws Exception {
    send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Grpc-Metadata-Authorization", "Bearer " + adminToken())
        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)));
  }

  private URI uri(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }
}
