package io.longwave.domain.organization;

import java.util.List;
import java.util.Optional;

/** Stored organizations and memberships. */
public interface OrganizationRepository {

  Optional<Organization> find(long id);

  Optional<Organization> findByName(String name);

  /** Stores a new organization and returns it with its id. */
  Organization add(Organization organization);

  /** Deletes the organization and, by cascade, everything it owns. */
  void remove(Organization organization);

  /**
   * A page of organizations ordered by name, optionally only those {@code userId} belongs to and
   * whose name contains {@code search}.
   */
  List<Organization> list(Long userId, String search, int limit, int offset);

  long count(Long userId, String search);

  Optional<OrganizationUser> membership(long organizationId, long userId);

  /** Every membership of a user. */
  List<OrganizationUser> memberships(long userId);

  /** A page of an organization's members, ordered by e-mail. */
  List<OrganizationUser> members(long organizationId, int limit, int offset);

  long countMembers(long organizationId);

  void addMember(OrganizationUser member);

  void removeMember(OrganizationUser member);
}
