package io.longwave.api.error;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Decides the error answer for anything a request may throw. The cause chain is searched, since
 * enterprise beans and transactions wrap what was thrown ({@code EJBException}, {@code
 * RollbackException}, {@code PersistenceException} around an {@code SQLException}): the first
 * recognised exception decides; anything else is an internal error whose details stay in the
 * log.
 */
public final class ErrorClassifier {

  /** The message of an internal error; the details are logged, never sent. */
  static final String INTERNAL_MESSAGE = "internal error";

  private ErrorClassifier() {}

  /** The answer for {@code thrown}: the first recognised exception of its cause chain, else an internal error. */
  public static ApiError classify(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 32; t = next(t), depth++) {
      ApiError e = recognise(t);
      if (e != null) {
        return e;
      }
    }
    return ApiError.of(ErrorCode.INTERNAL, INTERNAL_MESSAGE);
  }

  /** True when {@link #classify} found nothing it knows, so the cause must be logged. */
  public static boolean isInternal(ApiError error) {
    return error.code() == ErrorCode.INTERNAL && INTERNAL_MESSAGE.equals(error.message());
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException s && s.getNextException() != null) {
      return s.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private static ApiError recognise(Throwable t) {
    if (t instanceof ApiException a) {
      return ApiError.of(a.code(), a.getMessage());
    }
    if (t instanceof AccessDeniedException) {
      return ApiError.of(ErrorCode.PERMISSION_DENIED, t.getMessage());
    }
    if (t instanceof AuthenticationException) {
      return ApiError.of(ErrorCode.UNAUTHENTICATED, t.getMessage());
    }
    if (t instanceof ConstraintViolationException v) {
      return ApiError.of(ErrorCode.INVALID_ARGUMENT, violations(v));
    }
    if (t instanceof JsonbException || t instanceof JsonException) {
      return ApiError.of(
          ErrorCode.INVALID_ARGUMENT, "the request body is not valid JSON: " + t.getMessage());
    }
    if (t instanceof OptimisticLockException) {
      return ApiError.of(
          ErrorCode.ABORTED, "the object was changed at the same time; read it again and retry");
    }
    if (t instanceof EntityExistsException) {
      return ApiError.of(ErrorCode.ALREADY_EXISTS, "object already exists");
    }
    if (t instanceof SQLException s && s.getSQLState() != null) {
      return database(s.getSQLState());
    }
    if (t instanceof WebApplicationException w && w.getResponse() != null) {
      return http(w.getResponse().getStatus(), w.getMessage());
    }
    return null;
  }

  /** SQL:2016 class 23, integrity constraint violations (PostgreSQL and H2 agree on these). */
  static ApiError database(String sqlState) {
    switch (sqlState) {
      case "23505":
        return ApiError.of(ErrorCode.ALREADY_EXISTS, "object already exists");
      case "23503":
      case "23506":
        return ApiError.of(
            ErrorCode.FAILED_PRECONDITION,
            "the object refers to one that does not exist, or is still in use by another");
      default:
        return sqlState.startsWith("23")
            ? ApiError.of(ErrorCode.INVALID_ARGUMENT, "the data breaks a database constraint")
            : null;
    }
  }

  /** The refusals JAX-RS makes itself: unknown path, wrong method, unsupported media type. */
  static ApiError http(int status, String message) {
    switch (status) {
      case 400:
        return ApiError.of(ErrorCode.INVALID_ARGUMENT, orDefault(message, "bad request"));
      case 401:
        return ApiError.of(ErrorCode.UNAUTHENTICATED, "authentication failed");
      case 403:
        return ApiError.of(ErrorCode.PERMISSION_DENIED, "permission denied");
      case 404:
        return ApiError.of(ErrorCode.NOT_FOUND, "Not Found");
      case 405:
        return new ApiError(405, ErrorCode.UNIMPLEMENTED, "Method Not Allowed");
      case 406:
        return new ApiError(406, ErrorCode.INVALID_ARGUMENT, "the API answers application/json only");
      case 415:
        return new ApiError(415, ErrorCode.INVALID_ARGUMENT,
            "the request body must be application/json");
      default:
        return status >= 500
            ? null
            : new ApiError(status, ErrorCode.INVALID_ARGUMENT, orDefault(message, "bad request"));
    }
  }

  private static String orDefault(String message, String fallback) {
    return message == null || message.isBlank() || message.startsWith("HTTP ")
        ? fallback
        : message;
  }

  private static String violations(ConstraintViolationException v) {
    if (v.getConstraintViolations() == null || v.getConstraintViolations().isEmpty()) {
      return orDefault(v.getMessage(), "invalid request");
    }
    return v.getConstraintViolations().stream()
        .sorted(Comparator.comparing(c -> String.valueOf(c.getPropertyPath())))
        .map(ErrorClassifier::violation)
        .collect(Collectors.joining("; "));
  }

  private static String violation(ConstraintViolation<?> c) {
    String path = String.valueOf(c.getPropertyPath());
    int dot = path.lastIndexOf('.');
    return (dot >= 0 ? path.substring(dot + 1) : path) + " " + c.getMessage();
  }
}
