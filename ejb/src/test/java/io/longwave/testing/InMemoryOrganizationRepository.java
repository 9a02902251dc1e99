package io.longwave.testing;

import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link OrganizationRepository} in lists; ids are given from 1. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {

  private final List<Organization> organizations = new ArrayList<>();
  private final List<OrganizationUser> members = new ArrayList<>();
  private long nextId = 1;

  @Override
  public Optional<Organization> find(long id) {
    return organizations.stream().filter(o -> o.id() == id).findFirst();
  }

  @Override
  public Optional<Organization> findByName(String name) {
    return organizations.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  @Override
  public Organization add(Organization organization) {
    Ids.assign(organization, nextId++);
    organizations.add(organization);
    return organization;
  }

  @Override
  public void remove(Organization organization) {
    organizations.remove(organization);
    members.removeIf(m -> m.organizationId() == organization.id());
  }

  @Override
  public List<Organization> list(Long userId, String search, int limit, int offset) {
    return visible(userId, search).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public long count(Long userId, String search) {
    return visible(userId, search).size();
  }

  private List<Organization> visible(Long userId, String search) {
    String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return organizations.stream()
        .filter(o -> userId == null || membership(o.id(), userId).isPresent())
        .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(s))
        .sorted(Comparator.comparing(Organization::name))
        .toList();
  }

  @Override
  public Optional<OrganizationUser> membership(long organizationId, long userId) {
    return members.stream()
        .filter(m -> m.organizationId() == organizationId && m.userId() == userId).findFirst();
  }

  @Override
  public List<OrganizationUser> memberships(long userId) {
    return members.stream().filter(m -> m.userId() == userId).toList();
  }

  @Override
  public List<OrganizationUser> members(long organizationId, int limit, int offset) {
    return members.stream().filter(m -> m.organizationId() == organizationId).skip(offset)
        .limit(limit).toList();
  }

  @Override
  public long countMembers(long organizationId) {
    return members.stream().filter(m -> m.organizationId() == organizationId).count();
  }

  @Override
  public void addMember(OrganizationUser member) {
    members.add(member);
  }

  @Override
  public void removeMember(OrganizationUser member) {
    members.remove(member);
  }
}
