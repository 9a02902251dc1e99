package io.longwave.integration.config;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading integration configurations as the API sends them, with clear refusals. */
public final class ConfigJson {

  private ConfigJson() {}

  /** A string member, or {@code ""} when absent or null. */
  public static String string(JsonObject o, String name) throws InvalidIntegrationException {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (v instanceof JsonString s) {
      return s.getString().strip();
    }
    throw new InvalidIntegrationException(name + " must be a string");
  }

  /**
   * The URLs of a comma-separated list (ChirpStack v3 allows several); each must be an absolute
   * http or https URL.
   */
  public static List<URI> urls(String name, String list) throws InvalidIntegrationException {
    List<URI> urls = new ArrayList<>();
    for (String part : list.split(",")) {
      String text = part.strip();
      if (!text.isEmpty()) {
        urls.add(url(name, text));
      }
    }
    return urls;
  }

  /** One absolute http or https URL. */
  public static URI url(String name, String text) throws InvalidIntegrationException {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidIntegrationException(name + " must be an http or https URL, got '"
            + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidIntegrationException(name + " is not a URL: '" + text + "'");
    }
  }
}
