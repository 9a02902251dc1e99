package io.longwave.application.auth;

/** The caller is known but may not do this; the message says what was refused. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
