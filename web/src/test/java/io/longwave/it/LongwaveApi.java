package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Longwave's REST API as a provisioning script uses it: signed in as the IT's admin, JSON in and
 * out, and the provisioning of one ABP device with its gateway and application.
 */
final class LongwaveApi {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private String jwt;

  LongwaveApi(URL base) throws Exception {
    this.base = base.toURI();
    this.jwt = ok("POST", "/api/internal/login",
        "{\"email\":\"admin\",\"password\":\"it-admin-password\"}").getString("jwt");
  }

  /** Provisions organization, gateway, application, profile and device, and activates it. */
  long provisionAbpDevice(String gatewayEui, String devEui, AbpDevice device) throws Exception {
    String org = ok("POST", "/api/organizations", "{\"organization\":{\"name\":\"backend-it\","
        + "\"displayName\":\"Backend\",\"canHaveGateways\":true}}").getString("id");
    ok("POST", "/api/gateways", "{\"gateway\":{\"id\":\"" + gatewayEui + "\",\"name\":\"mast\","
        + "\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\",\"location\":"
        + "{\"latitude\":52.1,\"longitude\":5.2,\"altitude\":3}}}");
    String sp = ok("POST", "/api/service-profiles", "{\"serviceProfile\":{\"name\":\"sp\","
        + "\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\"}}").getString("id");
    String app = ok("POST", "/api/applications", "{\"application\":{\"name\":\"greenhouse\","
        + "\"organizationID\":\"" + org + "\",\"serviceProfileID\":\"" + sp + "\"}}")
        .getString("id");
    String dp = ok("POST", "/api/device-profiles", "{\"deviceProfile\":{\"name\":\"lpp-abp\","
        + "\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\",\"macVersion\":\"1.0.3\","
        + "\"regParamsRevision\":\"A\",\"rfRegion\":\"EU868\",\"supportsJoin\":false,"
        + "\"rxDelay1\":1,\"payloadCodec\":\"CAYENNE_LPP\"}}").getString("id");
    ok("POST", "/api/devices", "{\"device\":{\"devEUI\":\"" + devEui + "\",\"name\":\"probe-7\","
        + "\"applicationID\":\"" + app + "\",\"deviceProfileID\":\"" + dp + "\","
        + "\"tags\":{\"row\":\"3\"}}}");
    String nwk = device.nwkSKey().toHex();
    ok("POST", "/api/devices/" + devEui + "/activate", "{\"deviceActivation\":{\"devAddr\":\""
        + device.devAddr() + "\",\"appSKey\":\"" + device.appSKey().toHex()
        + "\",\"nwkSEncKey\":\"" + nwk + "\",\"sNwkSIntKey\":\"" + nwk + "\",\"fNwkSIntKey\":\""
        + nwk + "\",\"fCntUp\":0,\"nFCntDown\":0}}");
    return Long.parseLong(app);
  }

  /** A call answered with 200 and a JSON object. */
  JsonObject ok(String method, String path, String body) throws Exception {
    HttpResponse<String> r = call(method, path, body);
    assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** The lines of {@code /metrics} that contain {@code part}, to explain a failure. */
  String metrics(String part) throws Exception {
    StringBuilder b = new StringBuilder();
    http.send(HttpRequest.newBuilder(base.resolve("/metrics")).header("Accept", "text/plain")
            .build(), HttpResponse.BodyHandlers.ofString(UTF_8)).body().lines().filter(l -> l.contains(part) && !l.startsWith("#"))
        .forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (jwt != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + jwt);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
