package io.longwave.console;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.error.ApiException;

/**
 * Whether the caller passes a check of the management services' access rules, so that a page
 * shows only the controls the services would accept (they check again on every change).
 */
final class Permissions {

  private Permissions() {}

  /** True when {@code check} neither refuses access nor fails. */
  static boolean allowed(Runnable check) {
    try {
      check.run();
      return true;
    } catch (AccessDeniedException | ApiException e) {
      return false;
    }
  }
}
