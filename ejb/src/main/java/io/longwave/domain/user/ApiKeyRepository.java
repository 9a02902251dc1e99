package io.longwave.domain.user;

import java.util.List;
import java.util.Optional;

/** Stored API keys. */
public interface ApiKeyRepository {

  Optional<ApiKey> find(String id);

  void add(ApiKey key);

  void remove(ApiKey key);

  /**
   * A page of keys, newest first: global ones when {@code organizationId} and {@code
   * applicationId} are null, else those of the organization or application.
   */
  List<ApiKey> list(boolean admin, Long organizationId, Long applicationId, int limit, int offset);

  long count(boolean admin, Long organizationId, Long applicationId);
}
