package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.domain.organization.OrganizationRole;
import org.junit.jupiter.api.Test;

class MemberRowTest {

  @Test
  void roles_are_named_as_the_console_offers_them() {
    assertEquals("admin", MemberRow.roleText(new OrganizationRole(true, true, false)));
    assertEquals("device admin", MemberRow.roleText(new OrganizationRole(false, true, false)));
    assertEquals("gateway admin", MemberRow.roleText(new OrganizationRole(false, false, true)));
    assertEquals("device admin, gateway admin",
        MemberRow.roleText(new OrganizationRole(false, true, true)));
    assertEquals("viewer", MemberRow.roleText(OrganizationRole.VIEWER));
  }
}
