package io.longwave.application.management;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.user.User;
import io.longwave.testing.InMemoryOrganizationRepository;
import io.longwave.testing.InMemoryUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Two organizations with one member per role in the first ("acme", id 1) and one user of the
 * second ("other", id 2), the services over in-memory repositories, and the policy of every role
 * the authorization matrix knows: the users, a global admin key, acme's organization key, a key of
 * acme's application 7 and other's organization key.
 */
final class ManagementFixture {

  static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

  /** The callers of the matrix. */
  enum Role {
    GLOBAL_ADMIN, ORG_ADMIN, DEVICE_ADMIN, GATEWAY_ADMIN, VIEWER, OTHER_ORG_USER, ADMIN_KEY,
    ORG_KEY, APP_KEY, OTHER_ORG_KEY
  }

  final InMemoryUserRepository users = new InMemoryUserRepository();
  final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
  final UserService userService =
      new UserService(users, organizations, p -> "hashed:" + p, CLOCK);
  final OrganizationService organizationService =
      new OrganizationService(organizations, users, CLOCK);
  final Organization acme;
  final Organization other;
  final User admin;
  final User viewer;

  ManagementFixture() {
    admin = user("admin", true);
    acme = organizations.add(new Organization(
        new OrganizationSettings("acme", "Acme", true, 0, 0), T));
    other = organizations.add(new Organization(
        new OrganizationSettings("other", "Other", true, 0, 0), T));
    member(acme, user("org-admin", false), OrganizationRole.ADMIN);
    member(acme, user("device-admin", false), new OrganizationRole(false, true, false));
    member(acme, user("gateway-admin", false), new OrganizationRole(false, false, true));
    viewer = user("viewer", false);
    member(acme, viewer, OrganizationRole.VIEWER);
    member(other, user("stranger", false), OrganizationRole.ADMIN);
  }

  private User user(String email, boolean admin) {
    User u = new User(email, "hashed:secret", admin, T);
    users.add(u);
    return u;
  }

  private void member(Organization o, User u, OrganizationRole role) {
    organizations.addMember(new OrganizationUser(o.id(), u.id(), role, T));
  }

  AccessPolicy policy(Role role) {
    return switch (role) {
      case GLOBAL_ADMIN -> userPolicy("admin");
      case ORG_ADMIN -> userPolicy("org-admin");
      case DEVICE_ADMIN -> userPolicy("device-admin");
      case GATEWAY_ADMIN -> userPolicy("gateway-admin");
      case VIEWER -> userPolicy("viewer");
      case OTHER_ORG_USER -> userPolicy("stranger");
      case ADMIN_KEY -> new AccessPolicy(new Caller.ApiKey("k-admin", true, null, null),
          o -> java.util.Optional.empty());
      case OTHER_ORG_KEY -> new AccessPolicy(new Caller.ApiKey("k-other", false, other.id(), null),
          o -> java.util.Optional.empty());
      case ORG_KEY -> new AccessPolicy(new Caller.ApiKey("k-org", false, acme.id(), null),
          o -> java.util.Optional.empty());
      case APP_KEY -> new AccessPolicy(new Caller.ApiKey("k-app", false, acme.id(), 7L),
          o -> java.util.Optional.empty());
    };
  }

  private AccessPolicy userPolicy(String email) {
    User u = users.findByEmail(email).orElseThrow();
    return new AccessPolicy(new Caller.User(u.id(), email, u.isAdmin()),
        o -> organizations.membership(o, u.id()).map(OrganizationUser::role));
  }
}
