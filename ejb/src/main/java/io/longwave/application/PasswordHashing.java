package io.longwave.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, 210,000 iterations as
 * OWASP's password storage guide recommends, 32-byte salt). The stored form is the standard
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, so older hashes with other parameters still
 * verify.
 */
@ApplicationScoped
public class PasswordHashing {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void initialize() {
    hash.initialize(PARAMETERS);
  }

  /** A salted hash of {@code password} for storage. */
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** True when {@code password} matches the stored hash. */
  public boolean verify(String password, String storedHash) {
    return storedHash != null && hash.verify(password.toCharArray(), storedHash);
  }
}
