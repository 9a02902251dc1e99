package io.longwave.application.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.management.ApiKeyService.Scope;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.user.ApiKey;
import io.longwave.domain.user.ApiKeyRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may create API keys of which scope: one row per role and scope, the expected answer
 * allowed or denied. Organization 1 owns application 7; organization 2 owns application 9.
 */
class ApiKeyScopeMatrixTest {

  static final class Keys implements ApiKeyRepository {
    final List<ApiKey> all = new ArrayList<>();

    public Optional<ApiKey> find(String id) {
      return all.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public void add(ApiKey key) {
      all.add(key);
    }

    public void remove(ApiKey key) {
      all.remove(key);
    }

    public List<ApiKey> list(boolean admin, Long org, Long app, int limit, int offset) {
      return all.stream().filter(k -> app != null ? Objects.equals(k.applicationId(), app)
          : org != null ? Objects.equals(k.organizationId(), org) && k.applicationId() == null
          : k.organizationId() == null && k.isAdmin() == admin).toList();
    }

    public long count(boolean admin, Long org, Long app) {
      return list(admin, org, app, 0, 0).size();
    }
  }

  static AccessPolicy user(OrganizationRole role) {
    return new AccessPolicy(new Caller.User(5, "u", false),
        org -> org == 1 ? Optional.ofNullable(role) : Optional.empty());
  }

  static Stream<Arguments> rows() {
    AccessPolicy globalAdmin = new AccessPolicy(new Caller.User(1, "admin", true),
        org -> Optional.empty());
    AccessPolicy orgAdmin = user(OrganizationRole.ADMIN);
    AccessPolicy deviceAdmin = user(new OrganizationRole(false, true, false));
    AccessPolicy gatewayAdmin = user(new OrganizationRole(false, false, true));
    AccessPolicy viewer = user(OrganizationRole.VIEWER);
    AccessPolicy otherOrg = user(null);
    AccessPolicy orgKey = new AccessPolicy(new Caller.ApiKey("o", false, 1L, null),
        org -> Optional.empty());
    AccessPolicy appKey = new AccessPolicy(new Caller.ApiKey("a", false, 1L, 7L),
        org -> Optional.empty());
    Scope global = new Scope(true, 0, 0);
    Scope org1 = new Scope(false, 1, 0);
    Scope app7 = new Scope(false, 0, 7);
    Scope app9 = new Scope(false, 0, 9);
    return Stream.of(
        Arguments.of("global admin, global key", globalAdmin, global, true),
        Arguments.of("global admin, app key elsewhere", globalAdmin, app9, true),
        Arguments.of("org admin, global key", orgAdmin, global, false),
        Arguments.of("org admin, org key", orgAdmin, org1, true),
        Arguments.of("org admin, app key", orgAdmin, app7, true),
        Arguments.of("org admin, app key of other org", orgAdmin, app9, false),
        Arguments.of("device admin, org key", deviceAdmin, org1, false),
        Arguments.of("device admin, app key", deviceAdmin, app7, true),
        Arguments.of("gateway admin, app key", gatewayAdmin, app7, false),
        Arguments.of("viewer, app key", viewer, app7, false),
        Arguments.of("other org user, org key", otherOrg, org1, false),
        Arguments.of("org key, org key", orgKey, org1, true),
        Arguments.of("org key, global key", orgKey, global, false),
        Arguments.of("app key, its app", appKey, app7, true),
        Arguments.of("app key, org key", appKey, org1, false),
        Arguments.of("app key, other app", appKey, app9, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void creating_keys_follows_the_scope_rules(String row, AccessPolicy policy, Scope scope,
      boolean allowed) {
    Keys keys = new Keys();
    ApiKeyService service = new ApiKeyService(keys,
        app -> app == 7 ? Optional.of(1L) : app == 9 ? Optional.of(2L) : Optional.empty(),
        Clock.systemUTC());
    if (allowed) {
      ApiKey k = service.create(policy, "k", scope);
      assertEquals(1, service.list(policy, scope, 10, 0).totalCount());
      service.delete(policy, k.id());
      assertEquals(0, keys.all.size());
    } else {
      assertThrows(AccessDeniedException.class, () -> service.create(policy, "k", scope));
    }
  }
}
