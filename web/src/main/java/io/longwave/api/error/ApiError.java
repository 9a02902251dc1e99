package io.longwave.api.error;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.error.ErrorCode;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One error answer: the HTTP status and grpc-gateway v1's error body {@code
 * {"error":msg,"code":n,"message":msg,"details":[]}}, which ChirpStack v3 clients parse.
 *
 * @param httpStatus usually {@code code.httpStatus()}; differs only for HTTP-level refusals such
 *     as 405 or 415, which have no gRPC equivalent of their own
 */
public record ApiError(int httpStatus, ErrorCode code, String message) {

  public ApiError {
    message = message == null || message.isBlank() ? code.name().toLowerCase() : message;
  }

  public static ApiError of(ErrorCode code, String message) {
    return new ApiError(code.httpStatus(), code, message);
  }

  /** The error body. */
  public JsonObject body() {
    return JSON.createObjectBuilder()
        .add("error", message)
        .add("code", code.grpcCode())
        .add("message", message)
        .add("details", JSON.createArrayBuilder())
        .build();
  }

  /** The HTTP response carrying the body. */
  public Response response() {
    return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body()).build();
  }
}
