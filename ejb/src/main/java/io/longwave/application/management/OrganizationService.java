package io.longwave.application.management;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Organizations and their members (ChirpStack v3 {@code OrganizationService}): global admins
 * create and delete organizations and set their limits; an organization's admins rename it and
 * manage its members; every member may read it.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {

  /** A member with their e-mail, as lists show them. */
  public record Member(OrganizationUser membership, String email) {}

  @Inject private OrganizationRepository organizations;
  @Inject private UserRepository users;
  private Clock clock = Clock.systemUTC();

  public OrganizationService() {}

  /** Outside the container. */
  public OrganizationService(OrganizationRepository organizations, UserRepository users,
      Clock clock) {
    this.organizations = organizations;
    this.users = users;
    this.clock = clock;
  }

  /** Global admins see all; users their own; an organization key its organization. */
  public Page<Organization> list(AccessPolicy policy, String search, int limit, int offset) {
    if (policy.isGlobalAdmin()) {
      return new Page<>(organizations.count(null, search),
          organizations.list(null, search, limit, offset));
    }
    if (policy.caller() instanceof Caller.ApiKey k) {
      if (k.organizationId() == null || k.applicationId() != null) {
        return new Page<>(0, List.of());
      }
      List<Organization> one = organizations.find(k.organizationId())
          .filter(o -> search == null || search.isBlank()
              || o.name().toLowerCase().contains(search.strip().toLowerCase()))
          .stream().toList();
      return new Page<>(one.size(), offset > 0 ? List.of() : one);
    }
    return new Page<>(organizations.count(policy.userId(), search),
        organizations.list(policy.userId(), search, limit, offset));
  }

  public Organization get(AccessPolicy policy, long id) {
    policy.requireOrganizationRead(id);
    return find(id);
  }

  public Organization create(AccessPolicy policy, OrganizationSettings settings) {
    policy.requireGlobalAdmin();
    if (organizations.findByName(settings.name()).isPresent()) {
      throw ApiException.alreadyExists("an organization named " + settings.name()
          + " exists already");
    }
    return organizations.add(new Organization(settings, clock.instant()));
  }

  /** Organization admins change the names; only global admins change the limits. */
  public void update(AccessPolicy policy, long id, OrganizationSettings settings) {
    policy.requireOrganizationAdmin(id);
    Organization org = find(id);
    organizations.findByName(settings.name()).filter(o -> !Objects.equals(o.id(), org.id()))
        .ifPresent(o -> {
          throw ApiException.alreadyExists("an organization named " + settings.name()
              + " exists already");
        });
    OrganizationSettings applied = policy.isGlobalAdmin()
        ? settings
        : new OrganizationSettings(settings.name(), settings.displayName(),
            org.canHaveGateways(), org.maxDeviceCount(), org.maxGatewayCount());
    org.update(applied, clock.instant());
  }

  public void delete(AccessPolicy policy, long id) {
    policy.requireGlobalAdmin();
    organizations.remove(find(id));
  }

  public Page<Member> members(AccessPolicy policy, long organizationId, int limit, int offset) {
    policy.requireOrganizationAdmin(organizationId);
    find(organizationId);
    return new Page<>(organizations.countMembers(organizationId),
        organizations.members(organizationId, limit, offset).stream().map(this::member)
            .toList());
  }

  /** An admin of the organization, or the member themself. */
  public Member member(AccessPolicy policy, long organizationId, long userId) {
    if (!Objects.equals(policy.userId(), userId)) {
      policy.requireOrganizationAdmin(organizationId);
    } else {
      policy.requireOrganizationRead(organizationId);
    }
    return member(findMember(organizationId, userId));
  }

  /** Adds an existing user, found by e-mail as ChirpStack v3 does. */
  public void addMember(AccessPolicy policy, long organizationId, String email,
      OrganizationRole role) {
    policy.requireOrganizationAdmin(organizationId);
    find(organizationId);
    User user = users.findByEmail(email == null ? "" : email)
        .orElseThrow(() -> ApiException.notFound("no user with e-mail " + email));
    if (organizations.membership(organizationId, user.id()).isPresent()) {
      throw ApiException.alreadyExists(email + " is a member of organization " + organizationId
          + " already");
    }
    organizations.addMember(
        new OrganizationUser(organizationId, user.id(), role, clock.instant()));
  }

  public void updateMember(AccessPolicy policy, long organizationId, long userId,
      OrganizationRole role) {
    policy.requireOrganizationAdmin(organizationId);
    OrganizationUser m = findMember(organizationId, userId);
    if (Objects.equals(policy.userId(), userId) && !role.admin() && !policy.isGlobalAdmin()) {
      throw new AccessDeniedException("you cannot remove your own admin rights");
    }
    m.changeRole(role, clock.instant());
  }

  public void removeMember(AccessPolicy policy, long organizationId, long userId) {
    policy.requireOrganizationAdmin(organizationId);
    organizations.removeMember(findMember(organizationId, userId));
  }

  private Member member(OrganizationUser m) {
    return new Member(m, users.find(m.userId()).map(User::email).orElse(""));
  }

  private Organization find(long id) {
    return organizations.find(id)
        .orElseThrow(() -> ApiException.notFound("organization " + id + " not found"));
  }

  private OrganizationUser findMember(long organizationId, long userId) {
    return organizations.membership(organizationId, userId)
        .orElseThrow(() -> ApiException.notFound(
            "user " + userId + " is not a member of organization " + organizationId));
  }
}
