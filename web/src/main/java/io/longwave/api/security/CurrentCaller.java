package io.longwave.api.security;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who sends the current request, set by the {@link AuthenticationFilter}: resources ask it for
 * the {@link AccessPolicy} to pass to the services. A user's roles are looked up once per
 * organization and request.
 */
@RequestScoped
public class CurrentCaller {

  @Inject private OrganizationRepository organizations;

  private Caller caller;
  private AccessPolicy policy;

  /** Called by the filter once the token is accepted. */
  void authenticate(Caller authenticated) {
    this.caller = authenticated;
    Map<Long, Optional<OrganizationRole>> roles = new HashMap<>();
    this.policy =
        new AccessPolicy(
            authenticated,
            org ->
                roles.computeIfAbsent(
                    org,
                    o ->
                        authenticated instanceof Caller.User u
                            ? organizations.membership(o, u.userId()).map(OrganizationUser::role)
                            : Optional.empty()));
  }

  /** The caller; 401 when the request carried no accepted token. */
  public Caller caller() {
    policy();
    return caller;
  }

  /** The caller's access policy; 401 when the request carried no accepted token. */
  public AccessPolicy policy() {
    if (policy == null) {
      throw ApiException.unauthenticated("authorization token is missing");
    }
    return policy;
  }

  /** True when a token was accepted. */
  public boolean isAuthenticated() {
    return policy != null;
  }
}
