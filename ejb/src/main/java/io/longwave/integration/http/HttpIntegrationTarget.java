package io.longwave.integration.http;

import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * One URL of an application's HTTP integration: each event is POSTed as {@code application/json}
 * in the integration's marshaler, with its headers, within {@link #TIMEOUT}. A 2xx answer is
 * success; any other status, a time-out or an I/O error is a {@link DeliveryException}, and the
 * outbox tries again.
 */
public final class HttpIntegrationTarget implements IntegrationTarget {

  /** ChirpStack v3's timeout for the HTTP integration. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final int MAX_ERROR_BODY = 200;

  private final String id;
  private final HttpIntegrationConfig config;
  private final URI url;
  private final HttpClient client;

  HttpIntegrationTarget(String id, HttpIntegrationConfig config, URI url, HttpClient client) {
    this.id = Objects.requireNonNull(id, "id");
    this.config = Objects.requireNonNull(config, "config");
    this.url = Objects.requireNonNull(url, "url");
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public String id() {
    return id;
  }

  /** The URL, as configured (without {@code ?event=}). */
  public URI url() {
    return url;
  }

  @Override
  public void deliver(IntegrationEvent event) throws DeliveryException {
    if (!config.urlsFor(event.type()).contains(url)) {
      return; // the configuration changed: this URL no longer takes the type
    }
    URI target = config.requestUri(event.type(), url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                event.body(config.marshaler()).toString(), StandardCharsets.UTF_8));
    for (HttpHeader h : config.headers()) {
      request.header(h.key(), h.value());
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("POST " + target + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("POST " + target + " interrupted", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String body = response.body() == null ? "" : response.body().strip();
      if (body.length() > MAX_ERROR_BODY) {
        body = body.substring(0, MAX_ERROR_BODY);
      }
      throw new DeliveryException("POST " + target + ": HTTP " + status
          + (body.isEmpty() ? "" : " " + body));
    }
  }
}
