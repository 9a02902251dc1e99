package io.longwave.domain.multicast;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The management side's view of multicast groups, next to {@link MulticastGroupRepository} which
 * the downlink path uses: which application a group belongs to, and the API's filtered lists.
 * Implementations join the caller's transaction or start one of their own; they are
 * thread-safe.
 */
public interface MulticastGroupCatalog {

  /**
   * Makes the stored group belong to the application.
   *
   * @throws IllegalArgumentException when there is no such group
   */
  void assign(UUID groupId, long applicationId);

  /** The group with its application and times; empty when there is none. */
  Optional<MulticastGroupSummary> find(UUID groupId);

  /** A page of the groups the filter matches, by name then id. */
  List<MulticastGroupSummary> list(MulticastGroupFilter filter, int limit, int offset);

  /** How many groups the filter matches. */
  long count(MulticastGroupFilter filter);
}
