package io.longwave.api.error;

import io.longwave.application.auth.AuthenticationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Rejected credentials: 401, Unauthenticated, saying why. */
@Provider
public class AuthenticationExceptionMapper implements ExceptionMapper<AuthenticationException> {

  @Override
  public Response toResponse(AuthenticationException exception) {
    return ErrorResponses.respond(exception);
  }
}
