package io.longwave.application.error;

import jakarta.ejb.ApplicationException;

/**
 * A refused API request with its gRPC code and a message for the caller, thrown by management
 * services and REST resources alike; the API turns it into the error body {@code
 * {"error":msg,"code":n,"message":msg,"details":[]}} with the code's HTTP status. An application
 * exception, so enterprise beans pass it through unwrapped and roll their transaction back.
 */
@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ApiException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** Bad input: a malformed, missing or out-of-range value (400). */
  public static ApiException invalidArgument(String message) {
    return new ApiException(ErrorCode.INVALID_ARGUMENT, message);
  }

  /** No valid credentials (401). */
  public static ApiException unauthenticated(String message) {
    return new ApiException(ErrorCode.UNAUTHENTICATED, message);
  }

  /** The caller may not do this (403). */
  public static ApiException permissionDenied(String message) {
    return new ApiException(ErrorCode.PERMISSION_DENIED, message);
  }

  /** The object does not exist, or the caller may not know that it does (404). */
  public static ApiException notFound(String message) {
    return new ApiException(ErrorCode.NOT_FOUND, message);
  }

  /** An object with this id or name exists already (409). */
  public static ApiException alreadyExists(String message) {
    return new ApiException(ErrorCode.ALREADY_EXISTS, message);
  }

  /**
   * The request is well-formed but the state does not allow it, e.g. a limit is reached or the
   * object is still in use (400).
   */
  public static ApiException failedPrecondition(String message) {
    return new ApiException(ErrorCode.FAILED_PRECONDITION, message);
  }

  /** A concurrent change won; the caller may retry (409). */
  public static ApiException aborted(String message) {
    return new ApiException(ErrorCode.ABORTED, message);
  }

  /** A fault of the server (500); the message must not reveal internals. */
  public static ApiException internal(String message) {
    return new ApiException(ErrorCode.INTERNAL, message);
  }
}
