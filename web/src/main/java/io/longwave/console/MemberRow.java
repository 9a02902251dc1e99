package io.longwave.console;

import io.longwave.application.management.OrganizationService.Member;
import io.longwave.domain.organization.OrganizationRole;
import java.io.Serializable;

/** A member of the organization as the members page lists it, with the role in words. */
public record MemberRow(long userId, String email, String role) implements Serializable {

  public static MemberRow of(Member member) {
    return new MemberRow(member.membership().userId(), member.email(),
        roleText(member.membership().role()));
  }

  /** "admin", "device admin, gateway admin" or "viewer". */
  static String roleText(OrganizationRole role) {
    if (role.admin()) {
      return "admin";
    }
    if (role.deviceAdmin() && role.gatewayAdmin()) {
      return "device admin, gateway admin";
    }
    if (role.deviceAdmin()) {
      return "device admin";
    }
    return role.gatewayAdmin() ? "gateway admin" : "viewer";
  }
}
