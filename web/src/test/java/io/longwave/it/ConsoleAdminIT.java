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
 * The console's account and administration pages in headless Chromium against the application on
 * Payara Micro and PostgreSQL (one deployment, an organization with a viewer member provisioned
 * first): the global admin changes their password on the account page (the messages next to the
 * fields first) and signs in again with it; creates an organization and a user through the forms
 * and deletes an organization after a confirmation; the viewer sees no administration menu and
 * the pages refuse them. Screenshots go to {@code target/screenshots}.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAdminIT extends ConsoleBrowserCase {

  private static final String FIRST_PASSWORD = "it-admin-password";
  private static final String NEW_PASSWORD = "changed-admin-password";
  private static final String VIEWER = "viewer@admin.it";
  private static final String VIEWER_PASSWORD = "viewer-password-1";
  private static final long ORG = 7101;

  private static boolean provisioned;

  @Test
  @Order(1)
  void admin_changes_their_password_and_signs_in_again_with_it() throws Exception {
    signIn("admin", FIRST_PASSWORD);
    browser.click("accountLink");
    browser.urlContains("account.xhtml");
    assertEquals("admin", browser.until(d -> d.findElement(By.id("profile:email"))
        .getDomProperty("value")));

    browser.click("password:changePassword");
    browser.textContains("password:currentMessage", "The current password is required.");
    browser.textContains("password:replacementMessage", "The new password is required.");
    browser.type("password:current", "wrong-password");
    browser.type("password:replacement", NEW_PASSWORD);
    browser.type("password:repeated", NEW_PASSWORD + "x");
    browser.click("password:changePassword");
    browser.textContains("password:repeatedMessage", "The two new passwords differ.");
    browser.type("password:current", "wrong-password");
    browser.type("password:replacement", NEW_PASSWORD);
    browser.type("password:repeated", NEW_PASSWORD);
    browser.click("password:changePassword");
    browser.textContains("password:currentMessage", "Wrong password.");
    browser.screenshot("account");
    browser.type("password:current", FIRST_PASSWORD);
    browser.type("password:replacement", NEW_PASSWORD);
    browser.type("password:repeated", NEW_PASSWORD);
    browser.click("password:changePassword");
    browser.textContains("messages", "Password changed.");

    browser.click("account:signOut");
    browser.urlContains("login.xhtml");
    browser.type("login:email", "admin");
    browser.type("login:password", FIRST_PASSWORD);
    browser.click("login:signIn");
    browser.textContains("login:messages", "Invalid e-mail or password.");
    signIn("admin", NEW_PASSWORD);
  }

  @Test
  @Order(2)
  void admin_creates_an_organization_and_a_user() throws Exception {
    signIn("admin", NEW_PASSWORD);
    browser.click("menuOrganizations");
    browser.textContains("list:organizations", "admin-it");
    browser.click("addOrganization");
    browser.click("form:save");
    browser.textContains("form:nameMessage", "The name is required.");
    browser.textContains("form:displayNameMessage", "The display name is required.");
    browser.type("form:name", "field team");
    browser.type("form:displayName", "Field team");
    browser.click("form:save");
    browser.textContains("form:nameMessage", "Letters, digits, _ and - only.");
    browser.type("form:name", "field-team");
    browser.type("form:maxDeviceCount_input", "250");
    browser.screenshot("organization-form");
    browser.click("form:save");
    browser.urlContains("organizations.xhtml");
    browser.textContains("messages", "Organization field-team saved.");
    String listed = browser.textContains("list:organizations", "field-team");
    assertTrue(listed.contains("Field team") && listed.contains("250"), listed);
    browser.screenshot("organizations");

    // A second organization of the same name is refused by the service.
    browser.click("addOrganization");
    browser.type("form:name", "field-team");
    browser.type("form:displayName", "Again");
    browser.click("form:save");
    browser.textContains("messages", "an organization named field-team exists already");

    // Deleted after a confirmation.
    browser.click("menuOrganizations");
    browser.click(By.linkText("field-team"));
    browser.until(d -> "field-team".equals(
        d.findElement(By.id("form:name")).getDomProperty("value")));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.urlContains("organizations.xhtml");
    browser.textContains("messages", "Organization field-team deleted.");
    assertFalse(browser.textContains("list:organizations", "admin-it").contains("field-team"));

    browser.click("menuAllUsers");
    browser.textContains("list:users", VIEWER);
    browser.click("addUser");
    browser.type("form:email", "operator@admin.it");
    browser.type("form:password", "short");
    browser.click("form:save");
    browser.textContains("form:passwordMessage", "At least 6 characters.");
    browser.type("form:password", "operator-password");
    browser.type("form:note", "Night shift");
    browser.screenshot("user-form");
    browser.click("form:save");
    browser.urlContains("users.xhtml");
    browser.textContains("messages", "User operator@admin.it saved.");
    browser.textContains("list:users", "operator@admin.it");
    browser.screenshot("users");

    browser.click(By.linkText("operator@admin.it"));
    browser.until(d -> "Night shift".equals(
        d.findElement(By.id("form:note")).getDomProperty("value")));
    browser.click("form:save");
    browser.urlContains("users.xhtml");
    browser.textContains("messages", "User operator@admin.it saved.");

    // The new user signs in.
    browser.click("account:signOut");
    browser.urlContains("login.xhtml");
    signIn("operator@admin.it", "operator-password");
  }

  @Test
  @Order(3)
  void an_organization_viewer_sees_no_administration() throws Exception {
    signIn(VIEWER, VIEWER_PASSWORD);
    browser.textContains("menu", "Dashboard");
    assertFalse(browser.present(By.id("menuOrganizations")), "no organizations menu");
    assertFalse(browser.present(By.id("menuAllUsers")), "no users menu");
    browser.open("console/organizations.xhtml");
    browser.textContains("messages", "Only global admins manage organizations and users.");
    assertFalse(browser.present(By.id("list:organizations")), "no organization list");
    browser.open("console/user-form.xhtml");
    browser.textContains("messages", "Only global admins manage organizations and users.");
    assertFalse(browser.present(By.id("form:save")), "no user form");
    browser.click("accountLink");
    assertEquals(VIEWER, browser.text("profile:emailText"));
    assertFalse(browser.present(By.id("profile:saveProfile")), "no profile editing");
  }

  @Override
  protected String lastPagePrefix() {
    return "last-admin-";
  }

  /** An organization with a viewer member. */
  @Override
  protected void provision() throws Exception {
    if (provisioned) {
      return;
    }
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (" + ORG + ", 'admin-it', 'Admin IT', true, now(),"
          + " now())");
    }
    HttpClient http = HttpClient.newHttpClient();
    String login = post(http, "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"" + FIRST_PASSWORD + "\"}");
    Matcher jwt = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
    assertTrue(jwt.find(), login);
    post(http, "/api/users", jwt.group(1), "{\"user\":{\"email\":\"" + VIEWER + "\","
        + "\"isAdmin\":false,\"isActive\":true},\"password\":\"" + VIEWER_PASSWORD + "\","
        + "\"organizations\":[{\"organizationID\":\"" + ORG + "\",\"isAdmin\":false,"
        + "\"isDeviceAdmin\":false,\"isGatewayAdmin\":false}]}");
    provisioned = true;
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
