package io.longwave.api.security;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;

/**
 * Who sends the current request, set by the {@link AuthenticationFilter}: resources ask it for
 * the {@link AccessPolicy} to pass to the services. A user's roles are looked up once per
 * organization and request. One instance serves all requests: the caller is kept as an
 * attribute of the servlet request it came with, so that no bean is created per request.
 */
@ApplicationScoped
public class CurrentCaller {

  private static final String ATTRIBUTE = CurrentCaller.class.getName();

  /** The caller of a request and its policy. */
  private record Authenticated(Caller caller, AccessPolicy policy) {}

  @Inject private HttpServletRequest request;

  /** Called by the filter once the token is accepted; roles are read from {@code organizations}. */
  void authenticate(Caller authenticated, OrganizationRepository organizations) {
    request.setAttribute(ATTRIBUTE,
        new Authenticated(authenticated, policyOf(authenticated, organizations)));
  }

  /**
   * The policy of a caller outside a request (a WebSocket session): a user's roles are looked
   * up once per organization for the policy's lifetime.
   */
  public static AccessPolicy policyOf(Caller caller, OrganizationRepository organizations) {
    Map<Long, Optional<OrganizationRole>> roles = new java.util.concurrent.ConcurrentHashMap<>();
    return new AccessPolicy(
        caller,
        org ->
            roles.computeIfAbsent(
                org,
                o ->
                    caller instanceof Caller.User u
                        ? organizations.membership(o, u.userId()).map(OrganizationUser::role)
                        : Optional.empty()));
  }

  /** The caller; 401 when the request carried no accepted token. */
  public Caller caller() {
    return authenticated().caller();
  }

  /** The caller's access policy; 401 when the request carried no accepted token. */
  public AccessPolicy policy() {
    return authenticated().policy();
  }

  /** True when a token was accepted. */
  public boolean isAuthenticated() {
    return request.getAttribute(ATTRIBUTE) instanceof Authenticated;
  }

  private Authenticated authenticated() {
    if (!(request.getAttribute(ATTRIBUTE) instanceof Authenticated a)) {
      throw ApiException.unauthenticated("authorization token is missing");
    }
    return a;
  }
}
