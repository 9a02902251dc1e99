package io.longwave.integration.config;

/** An integration configuration that cannot be used, with the reason (a 400 in the API). */
public class InvalidIntegrationException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidIntegrationException(String message) {
    super(message);
  }
}
