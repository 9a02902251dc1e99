package io.longwave.console;

import io.longwave.api.security.CurrentCaller;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.OrganizationRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The access policy of the console's current request: the session's token is authenticated once
 * per request (so that a user deactivated or a token expired since sign-in is refused at once)
 * and the user's roles looked up once per organization, as the REST API does.
 */
@RequestScoped
public class ConsoleCaller {

  @Inject private ConsoleSession session;
  @Inject private AuthenticationService authentication;
  @Inject private OrganizationRepository organizations;

  private AccessPolicy policy;

  /**
   * The policy, when the session's caller is (still) accepted; empty when nobody is signed in or
   * the token is refused.
   */
  public Optional<AccessPolicy> current() {
    if (policy == null && session.isSignedIn()) {
      try {
        Caller caller = authentication.authenticate(session.token());
        policy = CurrentCaller.policyOf(caller, organizations);
      } catch (AuthenticationException e) {
        session.signOut();
      }
    }
    return Optional.ofNullable(policy);
  }

  /** The policy; an {@code UNAUTHENTICATED} error when nobody is signed in. */
  public AccessPolicy policy() {
    return current().orElseThrow(() -> ApiException.unauthenticated("please sign in again"));
  }
}
