package io.longwave.session;

import io.longwave.lorawan.Eui64;
import jakarta.ejb.ApplicationException;

/**
 * Another update of the same session was saved first. The caller reloads the session and
 * applies its change again (the second copy of an uplink then sees the counter already moved).
 * It is an application exception: a repository bean throws it to its caller as it is (not
 * wrapped as a system exception), after rolling back its own transaction.
 */
@ApplicationException(rollback = true)
public class ConcurrentSessionUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentSessionUpdateException(Eui64 devEui, long expectedVersion) {
    super("the session of " + devEui + " changed since version " + expectedVersion);
  }
}
