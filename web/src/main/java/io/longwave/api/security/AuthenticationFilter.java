package io.longwave.api.security;

import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.OrganizationRepository;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Authenticates every API request before its resource method runs: the token of {@link
 * BearerToken} (or, for a WebSocket upgrade, the {@code Bearer} subprotocol) is checked by the
 * {@link AuthenticationService} and the caller put in {@link CurrentCaller}. Methods marked
 * {@link PublicEndpoint} need none; every other request without an accepted token answers 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Inject private AuthenticationService authentication;
  @Inject private CurrentCaller current;
  @Inject private OrganizationRepository organizations;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(PublicEndpoint.class)) {
      return;
    }
    Optional<String> token =
        BearerToken.from(
                request.getHeaderString(BearerToken.GRPC_METADATA_HEADER),
                request.getHeaderString(BearerToken.AUTHORIZATION_HEADER))
            .or(() -> WebSocketProtocol.token(request.getHeaderString(
                WebSocketProtocol.HEADER)));
    if (token.isEmpty()) {
      throw ApiException.unauthenticated("authorization token is missing");
    }
    try {
      current.authenticate(authentication.authenticate(token.get()), organizations);
    } catch (AuthenticationException e) {
      throw ApiException.unauthenticated("authentication failed: " + e.getMessage());
    }
  }
}
