package io.longwave.integration.influxdb;

import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * An application's InfluxDB: the points of each event ({@link InfluxDbMeasurements}) POSTed in
 * the line protocol, sorted, as one write. Points carry the event's time in the write's precision
 * (ChirpStack leaves the time to the server); so a write repeated after a lost answer replaces
 * its points instead of adding new ones, and a late delivery lands at the right time. A 2xx
 * answer is success; anything else is a {@link DeliveryException}.
 */
public final class InfluxDbIntegrationTarget implements IntegrationTarget {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ERROR_BODY = 200;

  private final String id;
  private final InfluxDbIntegrationConfig config;
  private final HttpClient client;

  InfluxDbIntegrationTarget(String id, InfluxDbIntegrationConfig config, HttpClient client) {
    this.id = Objects.requireNonNull(id, "id");
    this.config = Objects.requireNonNull(config, "config");
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public String id() {
    return id;
  }

  /** The body of the write for an event: its points, one a line, sorted. */
  public String lines(IntegrationEvent event) {
    long timestamp = config.precision().timestamp(event.time());
    List<String> lines = new ArrayList<>();
    for (Measurement m : InfluxDbMeasurements.of(event)) {
      lines.add(m.toLine(timestamp));
    }
    lines.sort(null);
    return String.join("\n", lines);
  }

  @Override
  public void deliver(IntegrationEvent event) throws DeliveryException {
    String body = lines(event);
    if (body.isEmpty()) {
      return;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(config.writeUri())
            .timeout(TIMEOUT)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (config.version() == 2) {
      request.header("Authorization", "Token " + config.token());
    } else if (!config.username().isEmpty() || !config.password().isEmpty()) {
      String credentials = config.username() + ":" + config.password();
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("InfluxDB write to " + config.endpoint() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("InfluxDB write interrupted", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String text = response.body() == null ? "" : response.body().strip();
      if (text.length() > MAX_ERROR_BODY) {
        text = text.substring(0, MAX_ERROR_BODY);
      }
      throw new DeliveryException("InfluxDB write to " + config.endpoint() + ": HTTP " + status
          + (text.isEmpty() ? "" : " " + text));
    }
  }
}
