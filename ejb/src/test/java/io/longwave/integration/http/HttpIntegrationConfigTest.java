package io.longwave.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.integration.EventType;
import io.longwave.integration.PayloadEncoding;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTTP integration's configuration as ChirpStack v3's API sends and returns it. */
class HttpIntegrationConfigTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void per_event_urls_take_precedence_over_the_event_endpoint_which_gets_the_event_type()
      throws Exception {
    HttpIntegrationConfig c = HttpIntegrationConfig.fromJson(json(
        "{'headers':[{'key':'X-Api-Key','value':'s3cret'}],"
            + "'uplinkDataURL':'http://a.example/up, http://b.example/up',"
            + "'eventEndpointURL':'http://c.example/events?token=1','marshaler':'JSON'}"));
    assertEquals(List.of(URI.create("http://a.example/up"), URI.create("http://b.example/up")),
        c.urlsFor(EventType.UP));
    assertEquals(URI.create("http://a.example/up"),
        c.requestUri(EventType.UP, URI.create("http://a.example/up")));
    URI endpoint = URI.create("http://c.example/events?token=1");
    assertEquals(List.of(endpoint), c.urlsFor(EventType.JOIN));
    assertEquals(URI.create("http://c.example/events?token=1&event=join"),
        c.requestUri(EventType.JOIN, endpoint));
    assertEquals(URI.create("http://x.example/e?event=txack"),
        c.requestUri(EventType.TXACK, URI.create("http://x.example/e")));
    assertEquals(PayloadEncoding.JSON, c.marshaler());
    assertEquals(List.of(new HttpHeader("X-Api-Key", "s3cret")), c.headers());
    assertEquals(3, c.allUrls().size());
  }

  @Test
  void round_trips_through_the_api_form_with_every_v3_field() throws Exception {
    HttpIntegrationConfig c = HttpIntegrationConfig.fromJson(json(
        "{'applicationID':'9','joinNotificationURL':'https://j.example/j'}"));
    JsonObject out = c.toJson(42);
    assertEquals("42", out.getString("applicationID"));
    assertEquals("JSON_V3", out.getString("marshaler"));
    assertEquals("https://j.example/j", out.getString("joinNotificationURL"));
    for (String field : List.of("uplinkDataURL", "ackNotificationURL", "errorNotificationURL",
        "statusNotificationURL", "locationNotificationURL", "txAckNotificationURL",
        "integrationNotificationURL", "eventEndpointURL")) {
      assertEquals("", out.getString(field), field);
    }
    assertEquals(c, HttpIntegrationConfig.fromJson(out));
    assertTrue(c.urlsFor(EventType.UP).isEmpty(), "no URL for uplinks: the target skips them");
  }

  @Test
  void refuses_unusable_configurations_with_the_reason() {
    assertRefused("{}", "eventEndpointURL");
    assertRefused("{'eventEndpointURL':'ftp://x.example/'}", "http or https");
    assertRefused("{'eventEndpointURL':'not a url'}", "URL");
    assertRefused("{'eventEndpointURL':'http://x.example','marshaler':'PROTOBUF'}", "PROTOBUF");
    assertRefused("{'eventEndpointURL':'http://x.example','marshaler':'XML'}", "marshaler");
    assertRefused("{'eventEndpointURL':'http://x.example','headers':[{'key':'Bad Name',"
        + "'value':'v'}]}", "header names");
    assertRefused("{'eventEndpointURL':'http://x.example','headers':[{'key':'Host',"
        + "'value':'v'}]}", "Host");
    assertRefused("{'eventEndpointURL':'http://x.example','headers':'x'}", "list");
  }

  private static void assertRefused(String config, String reason) {
    InvalidIntegrationException e = assertThrows(InvalidIntegrationException.class,
        () -> HttpIntegrationConfig.fromJson(json(config)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
