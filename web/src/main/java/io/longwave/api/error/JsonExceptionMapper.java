package io.longwave.api.error;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON met while parsing (JSON-P): 400, InvalidArgument. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException exception) {
    return ErrorResponses.respond(exception);
  }
}
