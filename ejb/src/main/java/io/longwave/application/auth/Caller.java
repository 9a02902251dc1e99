package io.longwave.application.auth;

/**
 * Who is calling the API: a signed-in user, or an API key with its scope (global, one
 * organization, or one application).
 */
public sealed interface Caller {

  /** True for a global admin user or a global admin API key. */
  boolean globalAdmin();

  /** A user signed in with a password. */
  record User(long userId, String email, boolean globalAdmin) implements Caller {}

  /**
   * An API key. {@code organizationId} and {@code applicationId} are null for a global key.
   */
  record ApiKey(String keyId, boolean globalAdmin, Long organizationId, Long applicationId)
      implements Caller {}
}
