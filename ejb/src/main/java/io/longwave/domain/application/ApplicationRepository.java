package io.longwave.domain.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores applications. Deleting one does not delete its devices: the caller does that first.
 * Threading: implementations are thread-safe.
 */
public interface ApplicationRepository {

  Optional<Application> find(long id);

  /** The application of that name in the organization. */
  Optional<Application> findByName(long organizationId, String name);

  /** Stores a new application and returns it with its id. */
  Application add(Application application);

  /** Replaces a stored application. */
  void update(Application application);

  void delete(long id);

  /**
   * A page of applications ordered by name.
   *
   * @param organizationId only this organization's, or null for all
   * @param search only those whose name contains this (case-insensitive), or null
   */
  List<Application> list(Long organizationId, String search, int limit, int offset);

  long count(Long organizationId, String search);

  /** The organization a service profile belongs to; empty when there is no such profile. */
  Optional<Long> serviceProfileOrganization(UUID serviceProfileId);
}
