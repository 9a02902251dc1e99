package io.longwave.application.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.domain.organization.OrganizationRole;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessPolicyApplicationTest {

  private static AccessPolicy user(OrganizationRole roleInOrg1) {
    return new AccessPolicy(new Caller.User(5, "u@example.com", false),
        org -> org == 1 ? Optional.ofNullable(roleInOrg1) : Optional.empty());
  }

  @Test
  void an_application_key_reaches_its_application_only() {
    AccessPolicy key =
        new AccessPolicy(new Caller.ApiKey("k", false, null, 7L), org -> Optional.empty());
    assertDoesNotThrow(() -> key.requireApplicationAdmin(1, 7));
    assertDoesNotThrow(() -> key.requireApplicationRead(1, 7));
    assertThrows(AccessDeniedException.class, () -> key.requireApplicationRead(1, 8));
    assertThrows(AccessDeniedException.class, () -> key.requireOrganizationRead(1));
    assertEquals(Optional.of(7L), key.applicationScope());
  }

  @Test
  void viewers_read_and_device_admins_change_applications() {
    assertDoesNotThrow(() -> user(OrganizationRole.VIEWER).requireApplicationRead(1, 7));
    assertThrows(AccessDeniedException.class,
        () -> user(OrganizationRole.VIEWER).requireApplicationAdmin(1, 7));
    assertThrows(AccessDeniedException.class,
        () -> user(new OrganizationRole(false, false, true)).requireApplicationAdmin(1, 7));
    assertDoesNotThrow(
        () -> user(new OrganizationRole(false, true, false)).requireApplicationAdmin(1, 7));
    assertThrows(AccessDeniedException.class, () -> user(null).requireApplicationRead(1, 7));
    assertThrows(AccessDeniedException.class,
        () -> user(OrganizationRole.ADMIN).requireApplicationRead(2, 9));
  }

  @Test
  void an_organization_key_administers_its_applications() {
    AccessPolicy key =
        new AccessPolicy(new Caller.ApiKey("k", false, 1L, null), org -> Optional.empty());
    assertDoesNotThrow(() -> key.requireApplicationAdmin(1, 7));
    assertThrows(AccessDeniedException.class, () -> key.requireApplicationRead(2, 9));
    assertEquals(Optional.empty(), key.applicationScope());
  }
}
