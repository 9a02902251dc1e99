package io.longwave.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  @Test
  void api_exceptions_keep_their_code_and_message() {
    ApiError e = ErrorClassifier.classify(ApiException.notFound("organization 9 not found"));
    assertEquals(404, e.httpStatus());
    assertEquals(ErrorCode.NOT_FOUND, e.code());
    assertEquals("organization 9 not found", e.message());
  }

  @Test
  void the_body_is_grpc_gateways() {
    JsonObject body = ApiError.of(ErrorCode.ALREADY_EXISTS, "object already exists").body();
    assertEquals(
        "{\"error\":\"object already exists\",\"code\":6,"
            + "\"message\":\"object already exists\",\"details\":[]}",
        body.toString());
  }

  @Test
  void each_code_has_grpc_gateways_http_status() {
    assertEquals(400, ErrorCode.INVALID_ARGUMENT.httpStatus());
    assertEquals(401, ErrorCode.UNAUTHENTICATED.httpStatus());
    assertEquals(403, ErrorCode.PERMISSION_DENIED.httpStatus());
    assertEquals(404, ErrorCode.NOT_FOUND.httpStatus());
    assertEquals(409, ErrorCode.ALREADY_EXISTS.httpStatus());
    assertEquals(400, ErrorCode.FAILED_PRECONDITION.httpStatus());
    assertEquals(500, ErrorCode.INTERNAL.httpStatus());
    assertEquals(16, ErrorCode.UNAUTHENTICATED.grpcCode());
    assertEquals(13, ErrorCode.INTERNAL.grpcCode());
  }

  @Test
  void policy_refusals_are_403_and_bad_tokens_401() {
    ApiError denied = ErrorClassifier.classify(new AccessDeniedException("no access to 2"));
    assertEquals(403, denied.httpStatus());
    assertEquals(7, denied.code().grpcCode());
    assertEquals("no access to 2", denied.message());
    ApiError unauth = ErrorClassifier.classify(new AuthenticationException("token expired"));
    assertEquals(401, unauth.httpStatus());
    assertEquals(16, unauth.code().grpcCode());
  }

  @Test
  void wrapped_exceptions_are_classified_by_their_cause() {
    ApiError e =
        ErrorClassifier.classify(
            new EJBException(new RuntimeException(new AccessDeniedException("viewer"))));
    assertEquals(403, e.httpStatus());
  }

  @Test
  void a_duplicate_key_is_409_already_exists() {
    SQLException sql = new SQLException("duplicate key value", "23505");
    ApiError e =
        ErrorClassifier.classify(
            new EJBException(new PersistenceException("flush failed", sql)));
    assertEquals(409, e.httpStatus());
    assertEquals(ErrorCode.ALREADY_EXISTS, e.code());
  }

  @Test
  void a_failed_commit_with_a_duplicate_key_is_409() {
    RollbackException rollback = new RollbackException("commit failed");
    rollback.initCause(new PersistenceException(new SQLException("unique", "23505")));
    assertEquals(409, ErrorClassifier.classify(rollback).httpStatus());
  }

  @Test
  void a_dangling_or_used_reference_is_a_failed_precondition() {
    ApiError e = ErrorClassifier.classify(new SQLException("fk", "23503"));
    assertEquals(400, e.httpStatus());
    assertEquals(ErrorCode.FAILED_PRECONDITION, e.code());
  }

  @Test
  void a_concurrent_change_is_409_aborted() {
    ApiError e = ErrorClassifier.classify(new OptimisticLockException("version"));
    assertEquals(409, e.httpStatus());
    assertEquals(ErrorCode.ABORTED, e.code());
  }

  @Test
  void malformed_json_and_violations_are_400() {
    ApiError json =
        ErrorClassifier.classify(new JsonParsingException("Unexpected char 125", null));
    assertEquals(400, json.httpStatus());
    assertTrue(json.message().contains("not valid JSON"), json.message());
    ApiError violation =
        ErrorClassifier.classify(new ConstraintViolationException("name: must not be null",
            Set.of()));
    assertEquals(400, violation.httpStatus());
    assertEquals("name: must not be null", violation.message());
  }

  @Test
  void unknown_exceptions_are_internal_without_details() {
    ApiError e = ErrorClassifier.classify(new EJBException(new NullPointerException("secret")));
    assertEquals(500, e.httpStatus());
    assertEquals(13, e.code().grpcCode());
    assertEquals("internal error", e.message());
    assertTrue(ErrorClassifier.isInternal(e));
  }

  @Test
  void a_cause_cycle_does_not_loop() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertEquals(500, ErrorClassifier.classify(a).httpStatus());
  }

  @Test
  void jax_rs_refusals_keep_their_http_status() {
    assertEquals(404, ErrorClassifier.http(404, "HTTP 404 Not Found").httpStatus());
    assertEquals(5, ErrorClassifier.http(404, null).code().grpcCode());
    ApiError notAllowed = ErrorClassifier.http(405, "HTTP 405 Method Not Allowed");
    assertEquals(405, notAllowed.httpStatus());
    assertEquals(ErrorCode.UNIMPLEMENTED, notAllowed.code());
    assertEquals(415, ErrorClassifier.http(415, null).httpStatus());
    assertEquals(null, ErrorClassifier.http(503, null));
  }
}
