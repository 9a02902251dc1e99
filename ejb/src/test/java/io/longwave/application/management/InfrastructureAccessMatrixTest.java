package io.longwave.application.management;

import static io.longwave.application.management.ManagementFixture.Role.ADMIN_KEY;
import static io.longwave.application.management.ManagementFixture.Role.APP_KEY;
import static io.longwave.application.management.ManagementFixture.Role.DEVICE_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.GATEWAY_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.GLOBAL_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.ORG_ADMIN;
import static io.longwave.application.management.ManagementFixture.Role.ORG_KEY;
import static io.longwave.application.management.ManagementFixture.Role.OTHER_ORG_KEY;
import static io.longwave.application.management.ManagementFixture.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.ApiKeyService.Scope;
import io.longwave.application.management.DashboardQueries.Visibility;
import io.longwave.application.management.ManagementFixture.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call which operation on gateways, network servers, service and gateway profiles, API
 * keys and the dashboard: one row per operation and role. A row is allowed when the call passes
 * the access checks (it may still fail for another reason, e.g. the built-in network server
 * cannot be deleted); every other role must get {@link AccessDeniedException}. The world is
 * {@link InfrastructureWorld}; requests without a token never reach a service (401).
 */
class InfrastructureAccessMatrixTest {

  interface Call {
    void run(InfrastructureWorld w, AccessPolicy p);
  }

  record Operation(String name, Set<Role> allowed, Call call) {}

  static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  static final Set<Role> GLOBAL_ADMINS = EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY);
  static final Set<Role> ACME_READERS = EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN,
      DEVICE_ADMIN, GATEWAY_ADMIN, VIEWER, ORG_KEY);
  static final Set<Role> ACME_GATEWAY_ADMINS = EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN,
      GATEWAY_ADMIN, ORG_KEY);
  static final Set<Role> ACME_ADMINS = EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN, ORG_KEY);
  static final Set<Role> APP_ADMINS = EnumSet.of(GLOBAL_ADMIN, ADMIN_KEY, ORG_ADMIN,
      DEVICE_ADMIN, ORG_KEY, APP_KEY);

  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    // gateways
    ops.add(new Operation("create a gateway", ACME_GATEWAY_ADMINS,
        (w, p) -> w.gatewayService.create(p, InfrastructureWorld.NEW_GATEWAY,
            w.gatewaySettings(w.acme()))));
    ops.add(new Operation("get a gateway", ACME_READERS,
        (w, p) -> w.gatewayService.get(p, InfrastructureWorld.GATEWAY)));
    ops.add(new Operation("update a gateway", ACME_GATEWAY_ADMINS,
        (w, p) -> w.gatewayService.update(p, InfrastructureWorld.GATEWAY,
            w.gatewaySettings(w.acme()))));
    ops.add(new Operation("delete a gateway", ACME_GATEWAY_ADMINS,
        (w, p) -> w.gatewayService.delete(p, InfrastructureWorld.GATEWAY)));
    ops.add(new Operation("gateway statistics", ACME_READERS,
        (w, p) -> w.gatewayService.stats(p, InfrastructureWorld.GATEWAY,
            ManagementFixture.T.minusSeconds(3600), ManagementFixture.T)));
    ops.add(new Operation("list acme's gateways", ACME_READERS,
        (w, p) -> w.gatewayService.list(p, w.acme(), null, 10, 0)));
    ops.add(new Operation("list the gateways one may see", EVERYONE,
        (w, p) -> w.gatewayService.list(p, null, null, 10, 0)));
    // network servers
    ops.add(new Operation("create a network server", GLOBAL_ADMINS,
        (w, p) -> w.profileService.createNetworkServer(p, "ns2", "ns2:8000")));
    ops.add(new Operation("get a network server", EVERYONE,
        (w, p) -> w.profileService.networkServer(p, w.extraNetworkServer)));
    ops.add(new Operation("update a network server", GLOBAL_ADMINS,
        (w, p) -> w.profileService.updateNetworkServer(p, w.extraNetworkServer, "ns", "x")));
    ops.add(new Operation("delete a network server", GLOBAL_ADMINS,
        (w, p) -> w.profileService.deleteNetworkServer(p, w.extraNetworkServer)));
    ops.add(new Operation("list acme's network servers", ACME_READERS,
        (w, p) -> w.profileService.networkServers(p, w.acme(), 10, 0)));
    ops.add(new Operation("list all network servers", GLOBAL_ADMINS,
        (w, p) -> w.profileService.networkServers(p, null, 10, 0)));
    ops.add(new Operation("list ADR algorithms", EVERYONE,
        (w, p) -> w.profileService.adrAlgorithms(p, w.builtInNetworkServer)));
    // service profiles
    ops.add(new Operation("create a service profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.createServiceProfile(p, w.serviceProfileSettings(w.acme()))));
    ops.add(new Operation("get acme's service profile", ACME_READERS,
        (w, p) -> w.profileService.serviceProfile(p, w.acmeServiceProfile)));
    ops.add(new Operation("update a service profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.updateServiceProfile(p, w.acmeServiceProfile,
            w.serviceProfileSettings(w.acme()))));
    ops.add(new Operation("delete a service profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.deleteServiceProfile(p, w.acmeServiceProfile)));
    ops.add(new Operation("list acme's service profiles", ACME_READERS,
        (w, p) -> w.profileService.serviceProfiles(p, w.acme(), null, 10, 0)));
    ops.add(new Operation("list the service profiles one may see", EVERYONE,
        (w, p) -> w.profileService.serviceProfiles(p, null, null, 10, 0)));
    // gateway profiles
    ops.add(new Operation("create a gateway profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.createGatewayProfile(p, "gp2", w.builtInNetworkServer,
            List.of(0, 1, 2), List.of(), 30)));
    ops.add(new Operation("get a gateway profile", EVERYONE,
        (w, p) -> w.profileService.gatewayProfile(p, w.gatewayProfile)));
    ops.add(new Operation("update a gateway profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.updateGatewayProfile(p, w.gatewayProfile, "gp",
            w.builtInNetworkServer, List.of(0, 1), List.of(), 60)));
    ops.add(new Operation("delete a gateway profile", GLOBAL_ADMINS,
        (w, p) -> w.profileService.deleteGatewayProfile(p, w.gatewayProfile)));
    ops.add(new Operation("list gateway profiles", EVERYONE,
        (w, p) -> w.profileService.gatewayProfiles(p, null, 10, 0)));
    // API keys
    ops.add(new Operation("create an admin key", GLOBAL_ADMINS,
        (w, p) -> w.apiKeys.create(p, "k", new Scope(true, 0, 0))));
    ops.add(new Operation("list admin keys", GLOBAL_ADMINS,
        (w, p) -> w.apiKeys.list(p, new Scope(true, 0, 0), 10, 0)));
    ops.add(new Operation("delete an admin key", GLOBAL_ADMINS,
        (w, p) -> w.apiKeys.delete(p, w.adminKey)));
    ops.add(new Operation("create an acme key", ACME_ADMINS,
        (w, p) -> w.apiKeys.create(p, "k", new Scope(false, w.acme(), 0))));
    ops.add(new Operation("list acme's keys", ACME_ADMINS,
        (w, p) -> w.apiKeys.list(p, new Scope(false, w.acme(), 0), 10, 0)));
    ops.add(new Operation("delete an acme key", ACME_ADMINS,
        (w, p) -> w.apiKeys.delete(p, w.acmeKey)));
    ops.add(new Operation("create a key of application 7", APP_ADMINS,
        (w, p) -> w.apiKeys.create(p, "k", new Scope(false, 0, 7))));
    ops.add(new Operation("list application 7's keys", APP_ADMINS,
        (w, p) -> w.apiKeys.list(p, new Scope(false, 0, 7), 10, 0)));
    ops.add(new Operation("delete a key of application 7", APP_ADMINS,
        (w, p) -> w.apiKeys.delete(p, w.applicationKey)));
    // dashboard and search
    ops.add(new Operation("acme's devices summary", ACME_READERS,
        (w, p) -> w.dashboard.devices(p, w.acme())));
    ops.add(new Operation("acme's gateways summary", ACME_READERS,
        (w, p) -> w.dashboard.gateways(p, w.acme())));
    ops.add(new Operation("the devices summary one may see", EVERYONE,
        (w, p) -> w.dashboard.devices(p, null)));
    ops.add(new Operation("the gateways summary one may see", EVERYONE,
        (w, p) -> w.dashboard.gateways(p, null)));
    ops.add(new Operation("search", EVERYONE, (w, p) -> w.dashboard.search(p, "gw", 10, 0)));
    return ops;
  }

  static Stream<Arguments> rows() {
    return operations().stream().flatMap(op -> EnumSet.allOf(Role.class).stream()
        .map(role -> Arguments.of(op.name() + " as " + role, op, role)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void each_role_may_do_exactly_what_the_matrix_allows(String row, Operation op, Role role) {
    InfrastructureWorld w = new InfrastructureWorld();
    boolean passed;
    try {
      op.call().run(w, w.f.policy(role));
      passed = true;
    } catch (AccessDeniedException e) {
      passed = false;
    } catch (ApiException e) {
      passed = true;
    }
    assertEquals(op.allowed().contains(role), passed, row);
  }

  /** What a caller sees without naming an organization. */
  @ParameterizedTest
  @EnumSource(Role.class)
  void listing_without_an_organization_shows_only_what_the_caller_may_read(Role role) {
    InfrastructureWorld w = new InfrastructureWorld();
    AccessPolicy p = w.f.policy(role);
    long acmeAndOther = switch (role) {
      case GLOBAL_ADMIN, ADMIN_KEY -> 2;
      case APP_KEY -> 0;
      default -> 1;
    };
    assertEquals(acmeAndOther, w.gatewayService.list(p, null, null, 10, 0).totalCount());
    // an application key lists none of its organization's service profiles, as it reads none
    assertEquals(acmeAndOther,
        w.profileService.serviceProfiles(p, null, null, 10, 0).totalCount(), "service profiles");
    w.dashboard.devices(p, null);
    Visibility v = w.queries.asked.get(0);
    Visibility expected = switch (role) {
      case GLOBAL_ADMIN, ADMIN_KEY -> Visibility.everything();
      case APP_KEY -> Visibility.application(7);
      case ORG_KEY -> Visibility.organization(w.acme());
      case OTHER_ORG_KEY -> Visibility.organization(w.f.other.id());
      default -> Visibility.userOrganizations(p.userId());
    };
    assertEquals(expected, v);
  }
}
