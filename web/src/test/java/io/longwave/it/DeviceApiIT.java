package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * Devices over HTTP on Payara Micro and PostgreSQL, as a ChirpStack v3 provisioning script does
 * it: application, device profile, device, keys, ABP activation, a downlink enqueued and the
 * queue listed; the refusals of bad input with the grpc-gateway error body; and the OpenAPI
 * document's request and response schemas. One deployment.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeviceApiIT {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String DEV_EUI = "70b3d57ed0001234";
  private static final String KEY = "2b7e151628aed2a6abf7158809cf4f3c";
  private static final String KEY2 = "000102030405060708090a0b0c0d0e0f";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void a_script_provisions_activates_and_queues_a_downlink() throws Exception {
    String admin = ok(call("POST", "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")).getString("jwt");
    String org = ok(call("POST", "/api/organizations", admin,
        "{\"organization\":{\"name\":\"devices-it\",\"displayName\":\"Devices\","
            + "\"canHaveGateways\":true,\"maxDeviceCount\":\"1\"}}")).getString("id");
    String sp = ok(call("POST", "/api/service-profiles", admin,
        "{\"serviceProfile\":{\"name\":\"sp\",\"organizationID\":\"" + org + "\","
            + "\"networkServerID\":\"1\"}}")).getString("id");
    String app = ok(call("POST", "/api/applications", admin,
        "{\"application\":{\"name\":\"meters\",\"organizationID\":\"" + org + "\","
            + "\"serviceProfileID\":\"" + sp + "\"}}")).getString("id");
    String dp = ok(call("POST", "/api/device-profiles", admin,
        "{\"deviceProfile\":{\"name\":\"abp-eu868\",\"organizationID\":\"" + org + "\","
            + "\"networkServerID\":\"1\",\"macVersion\":\"1.0.3\",\"regParamsRevision\":\"A\","
            + "\"rfRegion\":\"EU868\",\"supportsJoin\":false,\"rxDelay1\":1,"
            + "\"uplinkInterval\":\"600s\",\"tags\":{\"kind\":\"meter\"}}}")).getString("id");
    assertEquals("600s", ok(call("GET", "/api/device-profiles/" + dp, admin, null))
        .getJsonObject("deviceProfile").getString("uplinkInterval"));

    ok(call("POST", "/api/devices", admin, "{\"device\":{\"devEUI\":\"" + DEV_EUI + "\","
        + "\"name\":\"meter-1\",\"applicationID\":\"" + app + "\",\"deviceProfileID\":\"" + dp
        + "\",\"tags\":{\"floor\":\"2\"},\"variables\":{\"token\":\"s\"}}}"));
    JsonObject device = ok(call("GET", "/api/devices/" + DEV_EUI, admin, null));
    assertEquals("meter-1", device.getJsonObject("device").getString("name"));
    assertEquals("2", device.getJsonObject("device").getJsonObject("tags").getString("floor"));
    assertEquals(256, device.getInt("deviceStatusBattery"));
    JsonObject list = ok(call("GET", "/api/devices?applicationID=" + app, admin, null));
    assertEquals("1", list.getString("totalCount"), list.toString());

    ok(call("POST", "/api/devices/" + DEV_EUI + "/keys", admin,
        "{\"deviceKeys\":{\"nwkKey\":\"" + KEY + "\"}}"));
    assertEquals(KEY, ok(call("GET", "/api/devices/" + DEV_EUI + "/keys", admin, null))
        .getJsonObject("deviceKeys").getString("nwkKey"));

    String devAddr = ok(call("POST", "/api/devices/" + DEV_EUI + "/getRandomDevAddr", admin,
        "{}")).getString("devAddr");
    ok(call("POST", "/api/devices/" + DEV_EUI + "/activate", admin,
        "{\"deviceActivation\":{\"devAddr\":\"" + devAddr + "\",\"appSKey\":\"" + KEY2
            + "\",\"nwkSEncKey\":\"" + KEY + "\",\"sNwkSIntKey\":\"" + KEY
            + "\",\"fNwkSIntKey\":\"" + KEY + "\",\"fCntUp\":7,\"nFCntDown\":3}}"));
    JsonObject activation = ok(call("GET", "/api/devices/" + DEV_EUI + "/activation", admin,
        null)).getJsonObject("deviceActivation");
    assertEquals(devAddr, activation.getString("devAddr"));
    assertEquals(7, activation.getInt("fCntUp"));

    JsonObject enqueued = ok(call("POST", "/api/devices/" + DEV_EUI + "/queue", admin,
        "{\"deviceQueueItem\":{\"confirmed\":false,\"fPort\":10,\"data\":\"AQID\"}}"));
    assertEquals(3, enqueued.getInt("fCnt"), enqueued.toString());
    JsonObject queue = ok(call("GET", "/api/devices/" + DEV_EUI + "/queue", admin, null));
    assertEquals(1, queue.getInt("totalCount"), queue.toString());
    assertEquals("AQID", queue.getJsonArray("deviceQueueItems").getJsonObject(0)
        .getString("data"));
    assertEquals(1, ok(call("GET", "/api/devices/" + DEV_EUI + "/queue?countOnly=true", admin,
        null)).getInt("totalCount"));

    // Refusals: FPort 0, malformed EUI and key, duplicate, the organization's device limit,
    // a profile in use, and the application delete taking its devices.
    error(call("POST", "/api/devices/" + DEV_EUI + "/queue", admin,
        "{\"deviceQueueItem\":{\"fPort\":0,\"data\":\"AQID\"}}"), 400, 3);
    error(call("GET", "/api/devices/70b3d57e", admin, null), 400, 3);
    error(call("PUT", "/api/devices/" + DEV_EUI + "/keys", admin,
        "{\"deviceKeys\":{\"nwkKey\":\"0102\"}}"), 400, 3);
    String again = "{\"device\":{\"devEUI\":\"" + DEV_EUI + "\",\"name\":\"x\","
        + "\"applicationID\":\"" + app + "\",\"deviceProfileID\":\"" + dp + "\"}}";
    error(call("POST", "/api/devices", admin, again), 409, 6);
    error(call("POST", "/api/devices", admin, again.replace(DEV_EUI, "70b3d57ed0005678")),
        400, 9);
    error(call("DELETE", "/api/device-profiles/" + dp, admin, null), 400, 9);
    ok(call("DELETE", "/api/devices/" + DEV_EUI + "/queue", admin, null));
    ok(call("DELETE", "/api/applications/" + app, admin, null));
    error(call("GET", "/api/devices/" + DEV_EUI, admin, null), 404, 5);
    ok(call("DELETE", "/api/device-profiles/" + dp, admin, null));
  }

  @Test
  void the_openapi_document_gives_the_bodies_their_schemas() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create(base.toString()).resolve("/openapi")).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
    JsonObject paths = doc.getJsonObject("paths");
    JsonObject device = schema(doc, body(paths, "/api/devices", "post"))
        .getJsonObject("properties").getJsonObject("device");
    JsonObject fields = schema(doc, device).getJsonObject("properties");
    assertTrue(fields.containsKey("devEUI") && fields.containsKey("deviceProfileID"),
        fields.toString());
    JsonObject got = schema(doc, answer(paths, "/api/devices/{devEUI}", "get"));
    assertTrue(got.getJsonObject("properties").containsKey("location"), got.toString());
    assertTrue(schema(doc, body(paths, "/api/internal/login", "post"))
        .getJsonObject("properties").containsKey("password"));
    String[][] described = {{"/api/organizations", "post"}, {"/api/applications", "post"},
        {"/api/device-profiles", "post"}, {"/api/devices/{devEUI}/keys", "post"},
        {"/api/devices/{devEUI}/activate", "post"}, {"/api/devices/{devEUI}/queue", "post"},
        {"/api/gateways", "post"}};
    for (String[] op : described) {
      assertTrue(schema(doc, body(paths, op[0], op[1])).containsKey("properties"),
          op[1] + " " + op[0]);
    }
    assertTrue(schema(doc, answer(paths, "/api/internal/profile", "get"))
        .containsKey("properties"));
    // every reference in the document names a schema it defines
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"#/components/schemas/([^\"]+)\"").matcher(r.body());
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    while (m.find()) {
      assertTrue(schemas.containsKey(m.group(1)), "undefined schema " + m.group(1));
    }
  }

  private static JsonObject body(JsonObject paths, String path, String method) {
    JsonObject op = paths.getJsonObject(path).getJsonObject(method);
    return op.getJsonObject("requestBody").getJsonObject("content")
        .getJsonObject("application/json").getJsonObject("schema");
  }

  private static JsonObject answer(JsonObject paths, String path, String method) {
    JsonObject op = paths.getJsonObject(path).getJsonObject(method);
    return op.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
        .getJsonObject("application/json").getJsonObject("schema");
  }

  /** The schema, its reference followed. */
  private static JsonObject schema(JsonObject doc, JsonObject schema) {
    if (!schema.containsKey("$ref")) {
      return schema;
    }
    String name = schema.getString("$ref").substring("#/components/schemas/".length());
    JsonObject s = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    assertTrue(s != null, "no schema " + name);
    return s;
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
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static void error(HttpResponse<String> r, int status, int code) {
    String what = r.request().method() + " " + r.uri() + ": " + r.body();
    assertEquals(status, r.statusCode(), what);
    JsonObject e = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals(code, e.getInt("code"), what);
    assertTrue(!e.getString("message").isBlank(), what);
  }
}
