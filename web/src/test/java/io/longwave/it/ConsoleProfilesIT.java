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

/**
 * The device-profile pages in headless Chromium against the application on Payara Micro and
 * PostgreSQL (one deployment): an organization with an admin (no global admin) and a viewer
 * member, made through the REST API. The admin has an unnamed profile refused with the message
 * next to the name, creates a profile with a custom JavaScript codec, edits it (name, Class C,
 * tags) and finds everything stored; the viewer lists it but sees no add, edit or save
 * controls; the admin deletes it after a confirmation.
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

  private void signIn(String email) {
    browser.open("login.xhtml");
    browser.type("login:email", email);
    browser.type("login:password", PASSWORD);
    browser.click("login:signIn");
    browser.urlContains("dashboard.xhtml");
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
