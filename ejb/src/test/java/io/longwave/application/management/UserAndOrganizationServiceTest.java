package io.longwave.application.management;

import static io.longwave.application.management.ManagementFixture.Role.GLOBAL_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.ORG_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import io.longwave.application.management.UserService.Membership;
import io.longwave.application.management.UserService.UserDetails;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
import io.longwave.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of {@link UserService} and {@link OrganizationService} beyond who may call them. */
class UserAndOrganizationServiceTest {

  private final ManagementFixture f = new ManagementFixture();

  private static void refused(ErrorCode code, Executable call) {
    assertEquals(code, assertThrows(ApiException.class, call).code());
  }

  @Test
  void a_user_is_created_with_a_hashed_password_and_memberships() {
    User u = f.userService.create(f.policy(GLOBAL_ADMIN),
        new UserDetails(" new@acme ", false, true, 60, "note"), "secret1",
        List.of(new Membership(f.acme.id(), OrganizationRole.VIEWER)));
    assertEquals("new@acme", u.email());
    assertEquals(1, f.organizations.memberships(u.id()).size());
    assertEquals(u.id(), f.users.findByEmail("new@acme").orElseThrow().id());
  }

  @Test
  void refuses_short_passwords_duplicate_emails_and_unknown_organizations() {
    var admin = f.policy(GLOBAL_ADMIN);
    refused(ErrorCode.INVALID_ARGUMENT, () -> f.userService.create(admin,
        new UserDetails("x", false, true, 0, ""), "12345", List.of()));
    refused(ErrorCode.ALREADY_EXISTS, () -> f.userService.create(admin,
        new UserDetails("viewer", false, true, 0, ""), "secret1", List.of()));
    refused(ErrorCode.NOT_FOUND, () -> f.userService.create(admin,
        new UserDetails("y", false, true, 0, ""), "secret1",
        List.of(new Membership(99, OrganizationRole.VIEWER))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> f.userService.create(admin,
        new UserDetails("with space", false, true, 0, ""), "secret1", List.of()));
    refused(ErrorCode.NOT_FOUND, () -> f.userService.get(admin, 99));
  }

  @Test
  void an_admin_cannot_delete_or_demote_themself() {
    var admin = f.policy(GLOBAL_ADMIN);
    refused(ErrorCode.FAILED_PRECONDITION, () -> f.userService.delete(admin, f.admin.id()));
    refused(ErrorCode.FAILED_PRECONDITION, () -> f.userService.update(admin, f.admin.id(),
        new UserDetails("admin", false, true, 0, "")));
  }

  @Test
  void a_user_changes_their_own_password_only() {
    f.userService.changePassword(f.policy(VIEWER), f.viewer.id(), "changed1");
    assertEquals("hashed:changed1", f.users.find(f.viewer.id()).orElseThrow().passwordHash());
    assertThrows(AccessDeniedException.class,
        () -> f.userService.changePassword(f.policy(VIEWER), f.admin.id(), "changed1"));
  }

  @Test
  void organization_names_are_unique_and_org_admins_cannot_raise_their_limits() {
    refused(ErrorCode.ALREADY_EXISTS, () -> f.organizationService.create(
        f.policy(GLOBAL_ADMIN), new OrganizationSettings("other", "Other", true, 0, 0)));
    refused(ErrorCode.ALREADY_EXISTS, () -> f.organizationService.update(f.policy(ORG_ADMIN),
        f.acme.id(), new OrganizationSettings("other", "Other", true, 0, 0)));
    f.organizationService.update(f.policy(ORG_ADMIN), f.acme.id(),
        new OrganizationSettings("acme", "ACME Inc", false, 5, 5));
    assertEquals("ACME Inc", f.acme.displayName());
    assertEquals(true, f.acme.canHaveGateways());
    assertEquals(0, f.acme.maxGatewayCount());
  }

  @Test
  void members_are_added_by_email_once_and_admins_keep_their_own_rights() {
    var orgAdmin = f.policy(ORG_ADMIN);
    f.organizationService.addMember(orgAdmin, f.acme.id(), "stranger", OrganizationRole.VIEWER);
    assertEquals(5, f.organizationService.members(orgAdmin, f.acme.id(), 10, 0).totalCount());
    refused(ErrorCode.ALREADY_EXISTS, () -> f.organizationService.addMember(orgAdmin,
        f.acme.id(), "stranger", OrganizationRole.VIEWER));
    refused(ErrorCode.NOT_FOUND, () -> f.organizationService.addMember(orgAdmin,
        f.acme.id(), "nobody", OrganizationRole.VIEWER));
    long self = f.users.findByEmail("org-admin").orElseThrow().id();
    assertThrows(AccessDeniedException.class, () -> f.organizationService.updateMember(
        orgAdmin, f.acme.id(), self, OrganizationRole.VIEWER));
  }

  @Test
  void users_list_only_their_organizations() {
    assertEquals(List.of("acme"), f.organizationService.list(f.policy(VIEWER), null, 10, 0)
        .items().stream().map(o -> o.name()).toList());
    assertEquals(2, f.organizationService.list(f.policy(GLOBAL_ADMIN), null, 10, 0)
        .totalCount());
  }
}
