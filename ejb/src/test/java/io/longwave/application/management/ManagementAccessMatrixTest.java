package io.longwave.application.management;

import static io.longwave.application.management.ManagementFixture.Role.ADMIN_KEY;
import static io.longwave.application.management.ManagementFixture.Role.DEVICE_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.GATEWAY_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.GLOBAL_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.ORG_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.ORG_KEY;
import static io.longwave.application.management.ManagementFixture.Role.OTHER_ORG_KEY;
import static io.longwave.application.management.ManagementFixture.Role.OTHER_ORG_USER;
import static io.longwave.application.management.ManagementFixture.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ManagementFixture.Role;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call which management operation: each operation lists the roles allowed; every other
 * role must be refused with {@link AccessDeniedException}. The operations run on a fresh {@link
 * ManagementFixture}. To cover another resource, add an {@link Operation} to {@link
 * #operations()}; a request without a token never reaches a service (the API answers 401).
 */
class ManagementAccessMatrixTest {

  record Operation(String name, Set<Role> allowed, BiConsumer<ManagementFixture, AccessPolicy> call) {}

  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    ops.add(new Operation("list users", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY),
        (f, p) -> f.userService.list(p, 10, 0)));
    ops.add(new Operation("read the viewer", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, VIEWER),
        (f, p) -> f.userService.get(p, f.viewer.id())));
    ops.add(new Operation("change the viewer's password",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, VIEWER),
        (f, p) -> f.userService.changePassword(p, f.viewer.id(), "new-secret")));
    ops.add(new Operation("create a user", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY),
        (f, p) -> f.userService.create(p, new UserService.UserDetails("new", false, true, 0, ""),
            "secret", List.of())));
    ops.add(new Operation("delete the viewer", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY),
        (f, p) -> f.userService.delete(p, f.viewer.id())));
    ops.add(new Operation("create an organization", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY),
        (f, p) -> f.organizationService.create(p,
            new OrganizationSettings("new", "New", false, 0, 0))));
    ops.add(new Operation("read acme",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, DEVICE_ADMIN, GATEWAY_ADMIN, VIEWER,
            ORG_KEY),
        (f, p) -> f.organizationService.get(p, f.acme.id())));
    ops.add(new Operation("rename acme", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY),
        (f, p) -> f.organizationService.update(p, f.acme.id(),
            new OrganizationSettings("acme2", "Acme", true, 0, 0))));
    ops.add(new Operation("delete acme", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY),
        (f, p) -> f.organizationService.delete(p, f.acme.id())));
    ops.add(new Operation("list acme's members",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY),
        (f, p) -> f.organizationService.members(p, f.acme.id(), 10, 0)));
    ops.add(new Operation("read the viewer's membership",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY, VIEWER),
        (f, p) -> f.organizationService.member(p, f.acme.id(), f.viewer.id())));
    ops.add(new Operation("make the viewer a gateway admin",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY),
        (f, p) -> f.organizationService.updateMember(p, f.acme.id(), f.viewer.id(),
            new OrganizationRole(false, false, true))));
    ops.add(new Operation("remove the viewer from acme",
        EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY),
        (f, p) -> f.organizationService.removeMember(p, f.acme.id(), f.viewer.id())));
    ops.add(new Operation("read other", EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, OTHER_ORG_USER,
        OTHER_ORG_KEY),
        (f, p) -> f.organizationService.get(p, f.other.id())));
    return ops;
  }

  static Stream<Arguments> rows() {
    return operations().stream().flatMap(op -> EnumSet.allOf(Role.class).stream()
        .map(role -> Arguments.of(op.name() + " as " + role, op, role)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void each_role_may_do_exactly_what_the_matrix_allows(String row, Operation op, Role role) {
    ManagementFixture f = new ManagementFixture();
    AccessPolicy policy = f.policy(role);
    if (op.allowed().contains(role)) {
      op.call().accept(f, policy);
    } else {
      assertThrows(AccessDeniedException.class, () -> op.call().accept(f, policy));
    }
  }
}
