package io.longwave.application.management;

import java.util.Objects;

/**
 * A management request that cannot be carried out, with the gRPC-style kind the API answers with
 * (ChirpStack v3: NotFound, AlreadyExists, FailedPrecondition, InvalidArgument) and a message for
 * people.
 */
public class ManagementException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Kind {
    /** Bad input: 400, gRPC InvalidArgument. */
    INVALID_ARGUMENT,
    /** Something named does not exist: 404, gRPC NotFound. */
    NOT_FOUND,
    /** It exists already: 409, gRPC AlreadyExists. */
    ALREADY_EXISTS,
    /** The state does not allow it (a limit, a profile in use): 400, gRPC FailedPrecondition. */
    FAILED_PRECONDITION
  }

  private final Kind kind;

  public ManagementException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }

  static ManagementException notFound(String message) {
    return new ManagementException(Kind.NOT_FOUND, message);
  }

  static ManagementException invalid(String message) {
    return new ManagementException(Kind.INVALID_ARGUMENT, message);
  }

  static ManagementException exists(String message) {
    return new ManagementException(Kind.ALREADY_EXISTS, message);
  }

  static ManagementException precondition(String message) {
    return new ManagementException(Kind.FAILED_PRECONDITION, message);
  }
}
