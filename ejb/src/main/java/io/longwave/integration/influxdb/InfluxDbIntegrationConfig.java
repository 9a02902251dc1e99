package io.longwave.integration.influxdb;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.integration.config.ConfigJson;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An application's InfluxDB integration, as ChirpStack v3's {@code InfluxDBIntegration} message.
 * Version 1 ({@code INFLUXDB_1}) writes to {@code endpoint?db=&precision=&rp=} with basic
 * authentication when a username or password is set; version 2 ({@code INFLUXDB_2}) writes to
 * {@code endpoint?org=&bucket=&precision=ns} with {@code Authorization: Token <token>}. The
 * endpoint is the full write URL ({@code http://host:8086/write} or {@code .../api/v2/write}).
 */
public record InfluxDbIntegrationConfig(
    URI endpoint,
    int version,
    String db,
    String username,
    String password,
    String retentionPolicyName,
    InfluxDbPrecision precision,
    String token,
    String organization,
    String bucket) {

  /** Reads and checks the API's {@code integration} object. */
  public static InfluxDbIntegrationConfig fromJson(JsonObject o)
      throws InvalidIntegrationException {
    String endpoint = ConfigJson.string(o, "endpoint");
    if (endpoint.isEmpty()) {
      throw new InvalidIntegrationException("endpoint is required, e.g. http://localhost:8086/write");
    }
    URI url = ConfigJson.url("endpoint", endpoint);
    if (url.getRawQuery() != null) {
      throw new InvalidIntegrationException("endpoint must not carry a query");
    }
    String versionName = ConfigJson.string(o, "version");
    int version = switch (versionName) {
      case "", "INFLUXDB_1" -> 1;
      case "INFLUXDB_2" -> 2;
      default -> throw new InvalidIntegrationException(
          "version must be INFLUXDB_1 or INFLUXDB_2, got '" + versionName + "'");
    };
    String precisionName = ConfigJson.string(o, "precision");
    InfluxDbPrecision precision = precisionName.isEmpty()
        ? InfluxDbPrecision.NS
        : InfluxDbPrecision.of(precisionName).orElseThrow(() -> new InvalidIntegrationException(
            "precision must be one of NS, U, MS, S, M, H, got '" + precisionName + "'"));
    InfluxDbIntegrationConfig c = new InfluxDbIntegrationConfig(url, version,
        ConfigJson.string(o, "db"), ConfigJson.string(o, "username"),
        ConfigJson.string(o, "password"), ConfigJson.string(o, "retentionPolicyName"),
        version == 2 ? InfluxDbPrecision.NS : precision, ConfigJson.string(o, "token"),
        ConfigJson.string(o, "organization"), ConfigJson.string(o, "bucket"));
    if (version == 1 && c.db.isEmpty()) {
      throw new InvalidIntegrationException("db is required for INFLUXDB_1");
    }
    if (version == 2 && (c.organization.isEmpty() || c.bucket.isEmpty())) {
      throw new InvalidIntegrationException("organization and bucket are required for INFLUXDB_2");
    }
    return c;
  }

  /** The API's {@code integration} object. */
  public JsonObject toJson(long applicationId) {
    return JSON.createObjectBuilder()
        .add("applicationID", Long.toString(applicationId))
        .add("endpoint", endpoint.toString())
        .add("db", db)
        .add("username", username)
        .add("password", password)
        .add("retentionPolicyName", retentionPolicyName)
        .add("precision", precision.name())
        .add("version", version == 2 ? "INFLUXDB_2" : "INFLUXDB_1")
        .add("token", token)
        .add("organization", organization)
        .add("bucket", bucket)
        .build();
  }

  /** The write URL with its query. */
  public URI writeUri() {
    StringBuilder q = new StringBuilder();
    if (version == 2) {
      param(q, "org", organization);
      param(q, "bucket", bucket);
      param(q, "precision", InfluxDbPrecision.NS.queryValue());
    } else {
      param(q, "db", db);
      param(q, "precision", precision.queryValue());
      if (!retentionPolicyName.isEmpty()) {
        param(q, "rp", retentionPolicyName);
      }
    }
    return URI.create(endpoint + "?" + q);
  }

  private static void param(StringBuilder q, String name, String value) {
    if (q.length() > 0) {
      q.append('&');
    }
    q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
