package io.longwave.api.error;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} service whose commit failed (a constraint the database checks at
 * flush, a rollback): classified by its cause like any other error. Without it Jersey's own
 * mapper for this type answers an HTML page.
 */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException exception) {
    return ErrorResponses.respond(exception);
  }
}
