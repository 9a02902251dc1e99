package io.longwave.application.auth;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.PasswordHashing;
import io.longwave.domain.user.ApiKey;
import io.longwave.domain.user.ApiKeyRepository;
import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import io.longwave.infrastructure.persistence.ServerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs users in and recognises the tokens of users and API keys, as the ChirpStack v3
 * application server does: HS256 JWTs with {@code sub} "user" (with {@code id}, {@code
 * username} and an expiry of the user's session TTL, 24 h by default) or "api_key" (with {@code
 * api_key_id}, no expiry). The secret is {@code longwave.jwt.secret}, or a random one generated
 * once and kept in the database so that every instance and restart accepts the same tokens.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuthenticationService {

  static final Duration DEFAULT_SESSION = Duration.ofHours(24);

  /** How long the caller of a verified token is kept before its user or key is read again. */
  static final Duration CALLER_CACHE_TTL = Duration.ofSeconds(5);

  private final CallerCache callers = new CallerCache(CALLER_CACHE_TTL, 10_000, System::nanoTime);

  @Inject private UserRepository users;
  @Inject private ApiKeyRepository apiKeys;
  @Inject private PasswordHashing passwords;
  @EJB private ServerSettings settings;

  @Inject
  @ConfigProperty(name = "longwave.jwt.secret")
  private Optional<String> configuredSecret;

  private final Clock clock = Clock.systemUTC();
  private JsonWebToken jwt;

  @PostConstruct
  void loadSecret() {
    String secret =
        configuredSecret
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseGet(() -> settings.getOrCreate("jwt_secret", AuthenticationService::newSecret));
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 32) {
      throw new IllegalArgumentException("longwave.jwt.secret must be at least 32 characters");
    }
    jwt = new JsonWebToken(bytes);
  }

  private static String newSecret() {
    byte[] b = new byte[48];
    new SecureRandom().nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  /**
   * Checks the e-mail and password and returns a session token.
   *
   * @throws AuthenticationException with the same message for an unknown user, a wrong password
   *     and an inactive user, so that the answer tells nothing about which it was
   */
  public String login(String email, String password) throws AuthenticationException {
    Optional<User> user = email == null ? Optional.empty() : users.findByEmail(email);
    if (user.isEmpty()
        || password == null
        || !user.get().isActive()
        || !passwords.verify(password, user.get().passwordHash())) {
      throw new AuthenticationException("invalid username or password");
    }
    return userToken(user.get());
  }

  /** A session token for {@code user}. */
  public String userToken(User user) {
    Instant now = clock.instant();
    Duration ttl =
        user.sessionTtl() > 0 ? Duration.ofMinutes(user.sessionTtl()) : DEFAULT_SESSION;
    return jwt.sign(
        JSON.createObjectBuilder()
            .add("sub", "user")
            .add("id", user.id())
            .add("username", user.email())
            .add("nbf", now.getEpochSecond())
            .add("exp", now.plus(ttl).getEpochSecond())
            .build());
  }

  /** The never-expiring token of an API key. */
  public String apiKeyToken(ApiKey key) {
    return jwt.sign(
        JSON.createObjectBuilder()
            .add("sub", "api_key")
            .add("api_key_id", key.id())
            .add("nbf", clock.instant().getEpochSecond())
            .build());
  }

  /**
   * The caller a token stands for; the user or key must still exist (and the user be active).
   * The expiry is checked on every call; the signature, and the user or key, at most every
   * {@link #CALLER_CACHE_TTL}: the same token string verified less than that ago carries the
   * same valid signature, so only its claims' times are checked again. A user or key deleted or
   * changed on this instance is read again at once ({@link CallerRevoked}), one changed on
   * another instance at most that much later. No transaction: a user or key is read in its
   * repository's own.
   *
   * @throws AuthenticationException saying why the token is refused
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Caller authenticate(String token) throws AuthenticationException {
    Instant now = clock.instant();
    Optional<CallerCache.Known> known = callers.known(token);
    if (known.isPresent() && known.get().claims() != null) {
      jwt.checkTimes(known.get().claims(), now);
      return known.get().caller();
    }
    JsonObject claims = jwt.verify(token, now);
    Caller caller = lookUp(claims);
    callers.put(token, caller, claims);
    return caller;
  }

  /** Forgets the tokens of a deleted or changed user or key once the change has committed. */
  public void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallerRevoked r) {
    callers.forget(r::matches);
  }

  private Caller lookUp(JsonObject claims) throws AuthenticationException {
    String sub = claims.containsKey("sub") && claims.get("sub").getValueType()
        == JsonValue.ValueType.STRING ? claims.getString("sub") : "";
    switch (sub) {
      case "user":
        if (!claims.containsKey("id")
            || claims.get("id").getValueType() != JsonValue.ValueType.NUMBER) {
          throw new AuthenticationException("the token names no user");
        }
        User user =
            users
                .find(claims.getJsonNumber("id").longValue())
                .filter(User::isActive)
                .orElseThrow(() -> new AuthenticationException("the token's user does not exist"));
        return new Caller.User(user.id(), user.email(), user.isAdmin());
      case "api_key":
        String id = claims.getString("api_key_id", "");
        ApiKey key =
            apiKeys
                .find(id)
                .orElseThrow(() -> new AuthenticationException("the API key does not exist"));
        return new Caller.ApiKey(
            key.id(), key.isAdmin(), key.organizationId(), key.applicationId());
      default:
        throw new AuthenticationException("the token's subject must be user or api_key");
    }
  }
}
