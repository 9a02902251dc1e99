package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integrations' outbox deployed on Payara Micro and PostgreSQL: an application's HTTP
 * integration is configured through the API, an event waiting in the outbox is delivered by the
 * container's workers to a receiver on loopback, the API shows the target's state and {@code
 * /metrics} its counters; refusals come back as ChirpStack error bodies.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationOutboxIT {

  private static final long APP = 900;
  private final HttpClient client = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void an_http_integration_configured_through_the_api_receives_queued_events() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        received.add(exchange.getRequestURI().getQuery() + " "
            + new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try (Connection db = FreshPostgresDatabase.connect()) {
      String jwt = login();
      provision(db);
      String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      String path = "api/applications/" + APP + "/integrations";

      assertEquals(400, call("POST", path + "/http", jwt,
          "{\"integration\":{\"eventEndpointURL\":\"ftp://x\"}}").statusCode());
      HttpResponse<String> created = call("POST", path + "/http", jwt,
          "{\"integration\":{\"eventEndpointURL\":\"" + hook + "\",\"headers\":"
              + "[{\"key\":\"X-Key\",\"value\":\"k\"}]}}");
      assertEquals(200, created.statusCode(), created.body());
      assertEquals(409, call("POST", path + "/http", jwt,
          "{\"integration\":{\"eventEndpointURL\":\"" + hook + "\"}}").statusCode());
      JsonObject got = json(call("GET", path + "/http", jwt, null).body());
      assertEquals(hook, got.getJsonObject("integration").getString("eventEndpointURL"));

      JsonObject list = json(call("GET", path, jwt, null).body());
      assertEquals("1", list.getString("totalCount"));
      assertEquals("HTTP", list.getJsonArray("result").getJsonObject(0).getString("kind"));
      JsonArray targets = list.getJsonArray("targets");
      String target = targets.getJsonObject(0).getString("id");
      assertEquals(hook, targets.getJsonObject(0).getString("destination"));

      try (Statement s = db.createStatement()) {
        s.executeUpdate("insert into integration_outbox (target_id, event_id, event_type,"
            + " application_id, dev_eui, event_time, queued_at, body_json_v3, body_json,"
            + " next_attempt_at) values ('" + target + "', gen_random_uuid(), 'up', " + APP
            + ", '0102030405060708', now(), now(), '{\"fCnt\":1}', '{\"fCnt\":\"1\"}', now())");
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (received.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(List.of("event=up {\"fCnt\":1}"), received);

      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String metrics = "";
      while (System.nanoTime() < deadline
          && !metrics.contains("longwave_integration_queued{")) {
        metrics = call("GET", "metrics", null, null).body();
        Thread.sleep(200);
      }
      assertTrue(metrics.contains("longwave_integration_sent_total{")
          && metrics.contains(target), "metrics:\n" + grep(metrics));
      assertTrue(metrics.contains("longwave_integration_lag_seconds{"), grep(metrics));

      JsonObject state = json(call("GET", path, jwt, null).body())
          .getJsonArray("targets").getJsonObject(0);
      assertEquals("0", state.getString("queued"));
      assertTrue(state.get("lastSuccessAt").toString().startsWith("\"20"), state.toString());

      assertEquals(200, call("DELETE", path + "/http", jwt, null).statusCode());
      HttpResponse<String> missing = call("GET", path + "/http", jwt, null);
      assertEquals(404, missing.statusCode());
      assertEquals(5, json(missing.body()).getInt("code"), missing.body());
      assertEquals(401, call("GET", path, null, null).statusCode());
    } finally {
      receiver.stop(0);
    }
  }

  private static String grep(String metrics) {
    StringBuilder b = new StringBuilder();
    metrics.lines().filter(l -> l.contains("integration")).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static void provision(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      s.executeUpdate("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (900, 'it-integrations', 'IT', true, now(), now())");
      s.executeUpdate("insert into service_profile (id, name, organization_id, network_server_id,"
          + " created_at, updated_at) values ('33333333-3333-3333-3333-333333333333', 'sp', 900,"
          + " 1, now(), now())");
      s.executeUpdate("insert into application (id, name, organization_id, service_profile_id,"
          + " created_at, updated_at) values (" + APP + ", 'hooks', 900,"
          + " '33333333-3333-3333-3333-333333333333', now(), now())");
    }
  }

  private String login() throws Exception {
    HttpResponse<String> r = call("POST", "api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"it-admin-password\"}");
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body()).getString("jwt");
  }

  private HttpResponse<String> call(String method, String path, String jwt, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (jwt != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + jwt);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
