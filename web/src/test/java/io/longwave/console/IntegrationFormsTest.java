package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.integration.config.InvalidIntegrationException;
import io.longwave.integration.http.HttpIntegrationConfig;
import io.longwave.integration.influxdb.InfluxDbIntegrationConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The integration forms read and write the configurations as the integrations store them. */
class IntegrationFormsTest {

  @Test
  void an_http_configuration_survives_the_form() throws InvalidIntegrationException {
    JsonObject stored = HttpIntegrationConfig.fromJson(json("{\"headers\":[{\"key\":\"X-Token\","
        + "\"value\":\"s3cret\"},{\"key\":\"X-Site\",\"value\":\"north\"}],"
        + "\"uplinkDataURL\":\"http://a.example/up,http://b.example/up\","
        + "\"integrationNotificationURL\":\"http://a.example/integration\","
        + "\"eventEndpointURL\":\"https://events.example/\",\"marshaler\":\"JSON\"}"))
        .toJson(42);
    HttpIntegrationForm form = new HttpIntegrationForm();
    form.fill(stored);
    assertEquals(Map.of("X-Token", "s3cret", "X-Site", "north"), form.getHeaders());
    assertEquals("http://a.example/up,http://b.example/up", form.getUrls().get("uplinkDataURL"));
    assertEquals(stored, HttpIntegrationConfig.fromJson(form.configuration()).toJson(42));
  }

  @Test
  void the_http_form_sends_what_was_typed() throws InvalidIntegrationException {
    HttpIntegrationForm form = new HttpIntegrationForm();
    form.setHeaders(Map.of("Authorization", "Bearer t"));
    form.getUrls().put("uplinkDataURL", " http://receiver.example/up ");
    JsonObject sent = HttpIntegrationConfig.fromJson(form.configuration()).toJson(7);
    assertEquals("http://receiver.example/up", sent.getString("uplinkDataURL"));
    assertEquals("", sent.getString("eventEndpointURL"));
    assertEquals("JSON_V3", sent.getString("marshaler"));
    assertEquals("Authorization", sent.getJsonArray("headers").getJsonObject(0).getString("key"));
  }

  @Test
  void an_influxdb_configuration_survives_the_form() throws InvalidIntegrationException {
    JsonObject stored = InfluxDbIntegrationConfig.fromJson(json("{\"endpoint\":"
        + "\"http://influx.example:8086/write\",\"db\":\"lora\",\"username\":\"u\","
        + "\"password\":\"p\",\"retentionPolicyName\":\"week\",\"precision\":\"MS\"}"))
        .toJson(42);
    InfluxDbIntegrationForm form = new InfluxDbIntegrationForm();
    form.fill(stored);
    assertEquals("lora", form.getDb());
    assertEquals("MS", form.getPrecision().name());
    assertEquals(stored, InfluxDbIntegrationConfig.fromJson(form.configuration()).toJson(42));

    form.setVersion("INFLUXDB_2");
    form.setOrganization("acme");
    form.setBucket("sensors");
    form.setToken("tok");
    JsonObject v2 = InfluxDbIntegrationConfig.fromJson(form.configuration()).toJson(42);
    assertEquals("INFLUXDB_2", v2.getString("version"));
    assertEquals("sensors", v2.getString("bucket"));
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
