package io.longwave.testing;

import io.longwave.integration.config.IntegrationConfigRepository;
import io.longwave.integration.config.IntegrationKind;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Integration configurations in a map, keyed by application and kind. */
public final class InMemoryIntegrationConfigRepository implements IntegrationConfigRepository {

  private final Map<String, JsonObject> rows = new ConcurrentHashMap<>();

  private static String key(long applicationId, IntegrationKind kind) {
    return applicationId + "/" + kind;
  }

  @Override
  public Optional<JsonObject> find(long applicationId, IntegrationKind kind) {
    return Optional.ofNullable(rows.get(key(applicationId, kind)));
  }

  @Override
  public List<IntegrationKind> kinds(long applicationId) {
    List<IntegrationKind> kinds = new ArrayList<>();
    for (IntegrationKind kind : IntegrationKind.values()) {
      if (rows.containsKey(key(applicationId, kind))) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  @Override
  public boolean create(long applicationId, IntegrationKind kind, JsonObject configuration) {
    return rows.putIfAbsent(key(applicationId, kind), configuration) == null;
  }

  @Override
  public boolean update(long applicationId, IntegrationKind kind, JsonObject configuration) {
    return rows.replace(key(applicationId, kind), configuration) != null;
  }

  @Override
  public boolean delete(long applicationId, IntegrationKind kind) {
    return rows.remove(key(applicationId, kind)) != null;
  }
}
