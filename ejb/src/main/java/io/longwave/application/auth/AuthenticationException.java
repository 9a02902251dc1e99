package io.longwave.application.auth;

/** The caller could not be authenticated; the message says why, for the 401 response. */
public class AuthenticationException extends Exception {

  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }
}
