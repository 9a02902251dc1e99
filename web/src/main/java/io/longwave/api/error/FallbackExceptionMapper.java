package io.longwave.api.error;


import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The last resort: wrapped exceptions (EJBException, TransactionalException) are classified by their causes; anything unknown is logged and answered 500, Internal, without details. */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    return ErrorResponses.respond(exception);
  }
}
