package io.longwave.application.management;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.CallerRevoked;
import io.longwave.application.error.ApiException;
import io.longwave.domain.user.ApiKey;
import io.longwave.domain.user.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * API keys (ChirpStack v3 {@code InternalService} API-key calls) and their scope rules: global
 * keys are created, listed and deleted by global admins only; organization keys by the
 * organization's admins; application keys by those who may administer the application.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

  /** The scope a key is created for or listed by; {@code 0} ids mean none. */
  public record Scope(boolean admin, long organizationId, long applicationId) {}

  @Inject private ApiKeyRepository keys;
  @Inject private ApplicationDirectory applications;
  @Inject private Event<CallerRevoked> revocations;
  private Clock clock = Clock.systemUTC();

  public ApiKeyService() {}

  /** Outside the container. */
  public ApiKeyService(ApiKeyRepository keys, ApplicationDirectory applications, Clock clock) {
    this.keys = keys;
    this.applications = applications;
    this.clock = clock;
  }

  public ApiKey create(AccessPolicy policy, String name, Scope scope) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ApiException.invalidArgument("apiKey.name must be 1 to 100 characters");
    }
    Long org = requireScope(policy, scope);
    ApiKey key = new ApiKey(name.strip(), scope.admin(), org,
        scope.applicationId() == 0 ? null : scope.applicationId(), clock.instant());
    keys.add(key);
    return key;
  }

  public Page<ApiKey> list(AccessPolicy policy, Scope scope, int limit, int offset) {
    requireScope(policy, scope);
    Long org = scope.organizationId() == 0 ? null : scope.organizationId();
    Long app = scope.applicationId() == 0 ? null : scope.applicationId();
    return new Page<>(keys.count(scope.admin(), org, app),
        keys.list(scope.admin(), org, app, limit, offset));
  }

  public void delete(AccessPolicy policy, String id) {
    ApiKey key = keys.find(id == null ? "" : id)
        .orElseThrow(() -> ApiException.notFound("API key " + id + " not found"));
    requireScope(policy, new Scope(key.isAdmin(),
        key.organizationId() == null ? 0 : key.organizationId(),
        key.applicationId() == null ? 0 : key.applicationId()));
    keys.remove(key);
    if (revocations != null) {
      revocations.fire(CallerRevoked.apiKey(key.id()));
    }
  }

  /** Checks the caller may manage keys of this scope; the organization of the key, if any. */
  private Long requireScope(AccessPolicy policy, Scope scope) {
    int scopes = (scope.admin() ? 1 : 0) + (scope.organizationId() != 0 ? 1 : 0)
        + (scope.applicationId() != 0 ? 1 : 0);
    if (scope.applicationId() != 0) {
      long org = applications.organizationOf(scope.applicationId()).orElseThrow(
          () -> ApiException.notFound("application " + scope.applicationId() + " not found"));
      if (scope.admin() || (scope.organizationId() != 0 && scope.organizationId() != org)) {
        throw ApiException.invalidArgument(
            "an application key is neither an admin key nor one of another organization");
      }
      policy.requireApplicationAdmin(org, scope.applicationId());
      return org;
    }
    if (scopes > 1) {
      throw ApiException.invalidArgument(
          "a key is either an admin key, an organization key or an application key");
    }
    if (scope.organizationId() != 0) {
      policy.requireOrganizationAdmin(scope.organizationId());
      return scope.organizationId();
    }
    policy.requireGlobalAdmin();
    return null;
  }
}
