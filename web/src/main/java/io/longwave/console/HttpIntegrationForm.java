package io.longwave.console;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.integration.config.IntegrationKind;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's HTTP integration, as ChirpStack v3's form has it: the headers added to every
 * request (one {@code key=value} per line), the marshaler, the event endpoint URL (posted to with
 * {@code ?event=up}...) and the per-event URLs that take precedence over it; each URL field may
 * list several URLs separated by commas.
 */
@Named
@ViewScoped
public class HttpIntegrationForm extends IntegrationForm {

  private static final long serialVersionUID = 1L;

  /** The API's URL fields, as the form names and orders them. */
  static final List<String> URL_FIELDS = List.of("eventEndpointURL", "uplinkDataURL",
      "joinNotificationURL", "ackNotificationURL", "errorNotificationURL",
      "statusNotificationURL", "locationNotificationURL", "txAckNotificationURL");

  private Map<String, String> headers = new LinkedHashMap<>();
  private String marshaler = "JSON_V3";
  private final Map<String, String> urls = new LinkedHashMap<>();
  private String integrationUrl = "";

  public HttpIntegrationForm() {
    super(IntegrationKind.HTTP);
    URL_FIELDS.forEach(f -> urls.put(f, ""));
  }

  @Override
  protected void fill(JsonObject stored) {
    headers = new LinkedHashMap<>();
    for (JsonValue h : stored.getJsonArray("headers")) {
      headers.put(h.asJsonObject().getString("key"), h.asJsonObject().getString("value"));
    }
    marshaler = stored.getString("marshaler", "JSON_V3");
    URL_FIELDS.forEach(f -> urls.put(f, stored.getString(f, "")));
    integrationUrl = stored.getString("integrationNotificationURL", "");
  }

  @Override
  protected JsonObject configuration() {
    if (URL_FIELDS.stream().allMatch(f -> blank(urls.get(f)))) {
      FacesContext.getCurrentInstance().addMessage("form:eventEndpointURL",
          new FacesMessage(FacesMessage.SEVERITY_ERROR,
              "Give the event endpoint or at least one per-event URL.", null));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    JsonArrayBuilder hs = JSON.createArrayBuilder();
    headers.forEach((k, v) -> hs.add(JSON.createObjectBuilder().add("key", k).add("value", v)));
    JsonObjectBuilder b = JSON.createObjectBuilder().add("headers", hs)
        .add("marshaler", marshaler).add("integrationNotificationURL", integrationUrl);
    URL_FIELDS.forEach(f -> b.add(f, urls.get(f) == null ? "" : urls.get(f).strip()));
    return b.build();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, String> headers) {
    this.headers = headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers);
  }

  public String getMarshaler() {
    return marshaler;
  }

  public void setMarshaler(String marshaler) {
    this.marshaler = marshaler;
  }

  /** The URL fields by their API names, for the inputs to bind to. */
  public Map<String, String> getUrls() {
    return urls;
  }
}
