package io.longwave.integration.http;

import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import io.longwave.integration.config.IntegrationConfigRepository;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP integrations of all applications as outbox targets: one target per application and
 * URL ({@code http:<applicationId>:<first 12 hex digits of the URL's SHA-256>}), so that each
 * receiver gets every event once and in order even when another URL of the same application is
 * down. A URL takes the event types it is configured for.
 */
@ApplicationScoped
public class HttpIntegrations implements IntegrationTargets {

  private static final Logger LOG = System.getLogger(HttpIntegrations.class.getName());
  private static final String PREFIX = IntegrationKind.HTTP.pathName() + ":";

  @Inject private IntegrationConfigRepository configs;
  private final HttpClient client;

  public HttpIntegrations() {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(HttpIntegrationTarget.TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Outside the container. */
  public HttpIntegrations(IntegrationConfigRepository configs, HttpClient client) {
    this.configs = configs;
    this.client = client;
  }

  @Override
  public List<IntegrationTarget> targetsFor(IntegrationEvent event) {
    Optional<HttpIntegrationConfig> config = config(event.applicationId());
    List<IntegrationTarget> targets = new ArrayList<>();
    if (config.isPresent()) {
      for (URI url : config.get().urlsFor(event.type())) {
        targets.add(target(event.applicationId(), config.get(), url));
      }
    }
    return targets;
  }

  @Override
  public Optional<IntegrationTarget> target(String id) {
    if (!id.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = id.substring(PREFIX.length()).split(":", -1);
    long applicationId;
    try {
      applicationId = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return config(applicationId).flatMap(config -> config.allUrls().stream()
        .filter(url -> targetId(applicationId, url).equals(id))
        .findFirst()
        .map(url -> target(applicationId, config, url)));
  }

  /** The targets of one application, for the API's state listing. */
  public List<HttpIntegrationTarget> targets(long applicationId) {
    List<HttpIntegrationTarget> targets = new ArrayList<>();
    config(applicationId).ifPresent(config -> {
      for (URI url : config.allUrls()) {
        targets.add(target(applicationId, config, url));
      }
    });
    return targets;
  }

  private HttpIntegrationTarget target(long applicationId, HttpIntegrationConfig config, URI url) {
    return new HttpIntegrationTarget(targetId(applicationId, url), config, url, client);
  }

  private Optional<HttpIntegrationConfig> config(long applicationId) {
    return configs.find(applicationId, IntegrationKind.HTTP).flatMap(json -> {
      try {
        return Optional.of(HttpIntegrationConfig.fromJson(json));
      } catch (InvalidIntegrationException e) {
        LOG.log(Level.WARNING, "HTTP integration of application {0} is unusable: {1}",
            applicationId, e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** The stable target id of one URL of an application. */
  public static String targetId(long applicationId, URI url) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(url.toString().getBytes(StandardCharsets.UTF_8));
      return PREFIX + applicationId + ":" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
