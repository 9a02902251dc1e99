package io.longwave.integration.http;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.integration.EventType;
import io.longwave.integration.PayloadEncoding;
import io.longwave.integration.config.ConfigJson;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An application's HTTP integration, as ChirpStack v3's {@code HTTPIntegration} message: headers,
 * the legacy per-event URLs ({@code uplinkDataURL}, {@code joinNotificationURL}...), the v3.10+
 * {@code eventEndpointURL} (posted to with {@code ?event=<type>}) and the {@code marshaler}. Each
 * URL field may list several URLs separated by commas. A per-event URL, when set, takes precedence
 * over the event endpoint for its event type.
 */
public final class HttpIntegrationConfig {

  /** The v3 field of each event type's legacy URL. */
  static final Map<EventType, String> EVENT_URL_FIELDS = new EnumMap<>(EventType.class);

  static {
    EVENT_URL_FIELDS.put(EventType.UP, "uplinkDataURL");
    EVENT_URL_FIELDS.put(EventType.JOIN, "joinNotificationURL");
    EVENT_URL_FIELDS.put(EventType.ACK, "ackNotificationURL");
    EVENT_URL_FIELDS.put(EventType.ERROR, "errorNotificationURL");
    EVENT_URL_FIELDS.put(EventType.STATUS, "statusNotificationURL");
    EVENT_URL_FIELDS.put(EventType.LOCATION, "locationNotificationURL");
    EVENT_URL_FIELDS.put(EventType.TXACK, "txAckNotificationURL");
  }

  /** Kept and returned as given; Longwave emits no {@code integration} events. */
  static final String INTEGRATION_URL_FIELD = "integrationNotificationURL";

  private final List<HttpHeader> headers;
  private final Map<EventType, String> eventUrls;
  private final String integrationUrl;
  private final String eventEndpointUrl;
  private final PayloadEncoding marshaler;

  private HttpIntegrationConfig(List<HttpHeader> headers, Map<EventType, String> eventUrls,
      String integrationUrl, String eventEndpointUrl, PayloadEncoding marshaler) {
    this.headers = List.copyOf(headers);
    this.eventUrls = Map.copyOf(eventUrls);
    this.integrationUrl = integrationUrl;
    this.eventEndpointUrl = eventEndpointUrl;
    this.marshaler = marshaler;
  }

  /**
   * Reads and checks the API's {@code integration} object ({@code applicationID} is ignored: the
   * path names the application).
   */
  public static HttpIntegrationConfig fromJson(JsonObject o) throws InvalidIntegrationException {
    List<HttpHeader> headers = new ArrayList<>();
    JsonValue list = o.get("headers");
    if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue h : list.asJsonArray()) {
        if (h.getValueType() != JsonValue.ValueType.OBJECT) {
          throw new InvalidIntegrationException("headers are {\"key\":...,\"value\":...} objects");
        }
        headers.add(HttpHeader.of(ConfigJson.string(h.asJsonObject(), "key"),
            ConfigJson.string(h.asJsonObject(), "value")));
      }
    } else if (list != null && list.getValueType() != JsonValue.ValueType.NULL) {
      throw new InvalidIntegrationException("headers must be a list");
    }
    Map<EventType, String> eventUrls = new EnumMap<>(EventType.class);
    for (Map.Entry<EventType, String> field : EVENT_URL_FIELDS.entrySet()) {
      String value = ConfigJson.string(o, field.getValue());
      ConfigJson.urls(field.getValue(), value);
      if (!value.isEmpty()) {
        eventUrls.put(field.getKey(), value);
      }
    }
    String integrationUrl = ConfigJson.string(o, INTEGRATION_URL_FIELD);
    ConfigJson.urls(INTEGRATION_URL_FIELD, integrationUrl);
    String endpoint = ConfigJson.string(o, "eventEndpointURL");
    ConfigJson.urls("eventEndpointURL", endpoint);
    String marshalerName = ConfigJson.string(o, "marshaler");
    PayloadEncoding marshaler;
    switch (marshalerName) {
      case "", "JSON_V3" -> marshaler = PayloadEncoding.JSON_V3;
      case "JSON" -> marshaler = PayloadEncoding.JSON;
      case "PROTOBUF" -> throw new InvalidIntegrationException(
          "marshaler PROTOBUF is not supported; use JSON_V3 or JSON");
      default -> throw new InvalidIntegrationException(
          "marshaler must be JSON_V3 or JSON, got '" + marshalerName + "'");
    }
    if (eventUrls.isEmpty() && endpoint.isEmpty()) {
      throw new InvalidIntegrationException(
          "give eventEndpointURL or at least one of the per-event URLs");
    }
    return new HttpIntegrationConfig(headers, eventUrls, integrationUrl, endpoint, marshaler);
  }

  /** The API's {@code integration} object. */
  public JsonObject toJson(long applicationId) {
    JsonArrayBuilder hs = JSON.createArrayBuilder();
    for (HttpHeader h : headers) {
      hs.add(JSON.createObjectBuilder().add("key", h.key()).add("value", h.value()));
    }
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("applicationID", Long.toString(applicationId))
            .add("headers", hs);
    for (Map.Entry<EventType, String> field : EVENT_URL_FIELDS.entrySet()) {
      b.add(field.getValue(), eventUrls.getOrDefault(field.getKey(), ""));
    }
    return b.add(INTEGRATION_URL_FIELD, integrationUrl)
        .add("marshaler", marshaler == PayloadEncoding.JSON ? "JSON" : "JSON_V3")
        .add("eventEndpointURL", eventEndpointUrl)
        .build();
  }

  /** Where events of a type go: the per-event URLs if set, else the event endpoint's. */
  public List<URI> urlsFor(EventType type) {
    try {
      String legacy = eventUrls.get(type);
      if (legacy != null) {
        return ConfigJson.urls("", legacy);
      }
      return ConfigJson.urls("", eventEndpointUrl);
    } catch (InvalidIntegrationException e) {
      throw new IllegalStateException("stored HTTP integration URLs are invalid", e);
    }
  }

  /** The URL an event of a type is posted to, for one of {@link #urlsFor}. */
  public URI requestUri(EventType type, URI url) {
    if (eventUrls.containsKey(type)) {
      return url;
    }
    String query = url.getRawQuery();
    String event = "event=" + type.wireName();
    String s = url.toString();
    int fragment = s.indexOf('#');
    String base = fragment < 0 ? s : s.substring(0, fragment);
    return URI.create(base + (query == null || query.isEmpty() ? (base.endsWith("?") ? "" : "?")
        : "&") + event);
  }

  /** Every distinct URL of the configuration. */
  public Set<URI> allUrls() {
    Set<URI> all = new LinkedHashSet<>();
    for (EventType type : EventType.values()) {
      all.addAll(urlsFor(type));
    }
    return all;
  }

  public List<HttpHeader> headers() {
    return headers;
  }

  public PayloadEncoding marshaler() {
    return marshaler;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpIntegrationConfig c && headers.equals(c.headers)
        && eventUrls.equals(c.eventUrls) && integrationUrl.equals(c.integrationUrl)
        && eventEndpointUrl.equals(c.eventEndpointUrl) && marshaler == c.marshaler;
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, eventUrls, integrationUrl, eventEndpointUrl, marshaler);
  }
}
