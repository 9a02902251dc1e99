package io.longwave.integration.config;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The integrations configured per application (table {@code application_integration}): one JSON
 * configuration per application and kind, in the API's own form. The integration kinds read it
 * for every event, so nothing needs reloading; an implementation may cache reads for a few
 * seconds, and then says so.
 */
public interface IntegrationConfigRepository {

  /** The configuration of one kind for an application. */
  Optional<JsonObject> find(long applicationId, IntegrationKind kind);

  /** The kinds an application has configured, in {@link IntegrationKind} order. */
  List<IntegrationKind> kinds(long applicationId);

  /**
   * Stores a new configuration.
   *
   * @return false when the application already has one of this kind
   */
  boolean create(long applicationId, IntegrationKind kind, JsonObject configuration);

  /**
   * Replaces a configuration.
   *
   * @return false when the application has none of this kind
   */
  boolean update(long applicationId, IntegrationKind kind, JsonObject configuration);

  /**
   * Removes a configuration.
   *
   * @return false when there was none
   */
  boolean delete(long applicationId, IntegrationKind kind);
}
