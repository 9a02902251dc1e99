package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management API over HTTP on Payara Micro and PostgreSQL, as a ChirpStack v3 script uses
 * it: the admin logs in with the configured password, creates an organization, a user who joins
 * it as a viewer, a gateway and an organization API key; the refusals answer the grpc-gateway
 * error body with the matching status. One deployment for the whole class.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementApiIT {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String GATEWAY = "0a0b0c0d0e0f1011";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void a_script_provisions_an_organization_with_a_member_a_gateway_and_an_api_key()
      throws Exception {
    String admin = login("admin", ADMIN_PASSWORD);

    JsonObject profile = ok(call("GET", "/api/internal/profile", admin, null));
    assertTrue(profile.getJsonObject("user").getBoolean("isAdmin"), profile.toString());
    assertEquals("longwave",
        profile.getJsonArray("organizations").getJsonObject(0).getString("organizationName"),
        profile.toString());

    String org = ok(call("POST", "/api/organizations", admin,
        "{\"organization\":{\"name\":\"acme\",\"displayName\":\"Acme\","
            + "\"canHaveGateways\":true,\"maxGatewayCount\":\"1\"}}")).getString("id");
    assertEquals("Acme", ok(call("GET", "/api/organizations/" + org, admin, null))
        .getJsonObject("organization").getString("displayName"));

    String user = ok(call("POST", "/api/users", admin,
        "{\"user\":{\"email\":\"viewer@acme.example\",\"isActive\":true},"
            + "\"password\":\"viewer-secret\"}")).getString("id");
    ok(call("POST", "/api/organizations/" + org + "/users", admin,
        "{\"organizationUser\":{\"email\":\"viewer@acme.example\"}}"));
    JsonObject members = ok(call("GET", "/api/organizations/" + org + "/users", admin, null));
    assertEquals("1", members.getString("totalCount"), members.toString());
    assertEquals(user, members.getJsonArray("result").getJsonObject(0).getString("userID"));

    ok(call("POST", "/api/gateways", admin,
        "{\"gateway\":{\"id\":\"" + GATEWAY + "\",\"name\":\"mast-1\",\"organizationID\":\""
            + org + "\",\"networkServerID\":\"1\",\"location\":{\"latitude\":52.1,"
            + "\"longitude\":5.2,\"altitude\":3},\"tags\":{\"site\":\"roof\"}}}"));
    JsonObject gateway = ok(call("GET", "/api/gateways/" + GATEWAY, admin, null));
    assertEquals("mast-1", gateway.getJsonObject("gateway").getString("name"));
    assertEquals("roof",
        gateway.getJsonObject("gateway").getJsonObject("tags").getString("site"));

    JsonObject key = ok(call("POST", "/api/internal/api-keys", admin,
        "{\"apiKey\":{\"name\":\"provisioning\",\"organizationID\":\"" + org + "\"}}"));
    String orgKey = key.getString("jwtToken");
    JsonObject seenByKey = ok(call("GET", "/api/gateways", orgKey, null));
    assertEquals("1", seenByKey.getString("totalCount"), seenByKey.toString());
    assertEquals(GATEWAY, seenByKey.getJsonArray("result").getJsonObject(0).getString("id"));

    // The viewer signs in, sees the organization and its gateway, changes nothing.
    String viewer = login("viewer@acme.example", "viewer-secret");
    JsonObject orgs = ok(call("GET", "/api/organizations", viewer, null));
    assertEquals("1", orgs.getString("totalCount"), orgs.toString());
    ok(call("GET", "/api/gateways/" + GATEWAY, viewer, null));
    error(call("DELETE", "/api/gateways/" + GATEWAY, viewer, null), 403, 7);
    error(call("POST", "/api/organizations", viewer, "{\"organization\":{\"name\":\"x\"}}"),
        403, 7);
    error(call("GET", "/api/organizations/1", viewer, null), 403, 7);

    // The organization's limit of one gateway.
    error(call("POST", "/api/gateways", admin,
        "{\"gateway\":{\"id\":\"0a0b0c0d0e0f1012\",\"name\":\"mast-2\",\"organizationID\":\""
            + org + "\"}}"), 400, 9);

    // The key is deleted: its token stops working.
    ok(call("DELETE", "/api/internal/api-keys/" + key.getString("id"), admin, null));
    error(call("GET", "/api/gateways", orgKey, null), 401, 16);
  }

  @Test
  void refusals_answer_the_grpc_gateway_error_body() throws Exception {
    String admin = login("admin", ADMIN_PASSWORD);

    error(call("GET", "/api/organizations", null, null), 401, 16);
    error(call("GET", "/api/organizations", "not-a-token", null), 401, 16);
    error(call("POST", "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"wrong\"}"), 401, 16);

    error(call("GET", "/api/organizations/999999", admin, null), 404, 5);
    error(call("GET", "/api/gateways/ffffffffffffffff", admin, null), 404, 5);

    ok(call("POST", "/api/organizations", admin, "{\"organization\":{\"name\":\"twice\"}}"));
    error(call("POST", "/api/organizations", admin, "{\"organization\":{\"name\":\"twice\"}}"),
        409, 6);

    error(call("POST", "/api/organizations", admin, "{\"organization\":"), 400, 3);
    error(call("POST", "/api/organizations", admin,
        "{\"organization\":{\"name\":\"typed\",\"maxGatewayCount\":\"many\"}}"), 400, 3);
    error(call("GET", "/api/gateways/not-an-eui", admin, null), 400, 3);
    error(call("GET", "/api/organizations/abc", admin, null), 400, 3);
    error(call("GET", "/api/users?limit=-1", admin, null), 400, 3);
    error(call("GET", "/api/no-such-resource", admin, null), 404, 5);

    // Public endpoints need no token.
    JsonObject settings = ok(call("GET", "/api/internal/settings", null, null));
    assertFalse(settings.getJsonObject("openidConnect").getBoolean("enabled"));
  }

  // --- HTTP ---

  private String login(String email, String password) throws Exception {
    JsonObject r = ok(call("POST", "/api/internal/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
    return r.getString("jwt");
  }

  private HttpResponse<String> call(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static JsonObject ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
    return json(r);
  }

  private static void error(HttpResponse<String> r, int status, int code) {
    String what = r.request().method() + " " + r.uri() + ": " + r.body();
    assertEquals(status, r.statusCode(), what);
    JsonObject e = json(r);
    assertEquals(code, e.getInt("code"), what);
    JsonValue message = e.get("message");
    assertTrue(message instanceof JsonString s && !s.getString().isBlank(), what);
    assertEquals(e.getString("message"), e.getString("error"), what);
    assertEquals(0, e.getJsonArray("details").size(), what);
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.uri() + " answered " + r.headers().firstValue("Content-Type") + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
