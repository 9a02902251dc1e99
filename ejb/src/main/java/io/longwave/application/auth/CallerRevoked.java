package io.longwave.application.auth;

/**
 * A user or API key was deleted or changed, so that the tokens' callers kept by {@link
 * AuthenticationService} must be read again. Fired in the change's transaction; observed once it
 * has committed.
 *
 * @param userId the user, or null
 * @param apiKeyId the API key, or null
 */
public record CallerRevoked(Long userId, String apiKeyId) {

  public static CallerRevoked user(long id) {
    return new CallerRevoked(id, null);
  }

  public static CallerRevoked apiKey(String id) {
    return new CallerRevoked(null, id);
  }

  /** True when {@code caller} is the revoked user or key. */
  public boolean matches(Caller caller) {
    return caller instanceof Caller.User u ? userId != null && u.userId() == userId
        : caller instanceof Caller.ApiKey k && k.keyId().equals(apiKeyId);
  }
}
