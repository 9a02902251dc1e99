package io.longwave.domain.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored service profiles. */
public interface ServiceProfileRepository {

  Optional<ServiceProfile> find(UUID id);

  void add(ServiceProfile profile);

  ServiceProfile save(ServiceProfile profile);

  void remove(ServiceProfile profile);

  /**
   * A page ordered by name, filtered by organization, by network server, and (when {@code
   * userId} is given) to the organizations the user belongs to; null filters are not applied.
   */
  List<ServiceProfile> list(Long organizationId, Long networkServerId, Long userId, int limit,
      int offset);

  long count(Long organizationId, Long networkServerId, Long userId);
}
