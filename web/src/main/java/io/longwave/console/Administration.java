package io.longwave.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the signed-in caller is a global admin, who alone sees the administration pages
 * (organizations and users); the services refuse everyone else anyway.
 */
@Named
@RequestScoped
public class Administration {

  @Inject private ConsoleCaller caller;

  private Boolean globalAdmin;

  public boolean isGlobalAdmin() {
    if (globalAdmin == null) {
      globalAdmin = caller.current().map(p -> p.isGlobalAdmin()).orElse(false);
    }
    return globalAdmin;
  }

  /** Adds an error message for a page only global admins use; true when the caller is none. */
  boolean refused() {
    if (isGlobalAdmin()) {
      return false;
    }
    ConsoleMessages.error("Only global admins manage organizations and users.");
    return true;
  }
}
