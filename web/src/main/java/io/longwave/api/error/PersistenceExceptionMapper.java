package io.longwave.api.error;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Database refusals: a duplicate key 409 AlreadyExists, a concurrent change 409 Aborted, a dangling or still-used reference 400 FailedPrecondition. */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

  @Override
  public Response toResponse(PersistenceException exception) {
    return ErrorResponses.respond(exception);
  }
}
