package io.longwave.application.management;

import io.longwave.application.PasswordHashing;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.CallerRevoked;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Users (ChirpStack v3 {@code UserService}): global admins list, create, change and delete them;
 * a user may read themself and change their own password. Passwords have at least {@value
 * #MIN_PASSWORD_LENGTH} characters.
 */
@ApplicationScoped
@Transactional
public class UserService {

  public static final int MIN_PASSWORD_LENGTH = 6;

  /** What an admin sets on a user. */
  public record UserDetails(
      String email, boolean admin, boolean active, int sessionTtl, String note) {}

  /** A membership to create with a new user. */
  public record Membership(long organizationId, OrganizationRole role) {}

  @Inject private UserRepository users;
  @Inject private OrganizationRepository organizations;
  @Inject private PasswordHashing hashing;
  @Inject private Event<CallerRevoked> revocations;
  private UnaryOperator<String> hash;
  private Clock clock = Clock.systemUTC();

  public UserService() {}

  /** Outside the container. */
  public UserService(UserRepository users, OrganizationRepository organizations,
      UnaryOperator<String> hash, Clock clock) {
    this.users = users;
    this.organizations = organizations;
    this.hash = hash;
    this.clock = clock;
  }

  private String hash(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw ApiException.invalidArgument(
          "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    return hash != null ? hash.apply(password) : hashing.hash(password);
  }

  public Page<User> list(AccessPolicy policy, int limit, int offset) {
    policy.requireGlobalAdmin();
    return new Page<>(users.count(), users.list(limit, offset));
  }

  public User get(AccessPolicy policy, long id) {
    requireSelfOrAdmin(policy, id);
    return find(id);
  }

  public User create(AccessPolicy policy, UserDetails details, String password,
      List<Membership> memberships) {
    policy.requireGlobalAdmin();
    String email = checkEmail(details.email());
    if (users.findByEmail(email).isPresent()) {
      throw ApiException.alreadyExists("a user with e-mail " + email + " exists already");
    }
    for (Membership m : memberships) {
      organizations.find(m.organizationId()).orElseThrow(
          () -> ApiException.notFound("organization " + m.organizationId() + " not found"));
    }
    User user = new User(email, hash(password), details.admin(), clock.instant());
    user.update(email, details.admin(), details.active(), checkTtl(details.sessionTtl()),
        details.note(), clock.instant());
    users.add(user);
    for (Membership m : memberships) {
      organizations.addMember(
          new OrganizationUser(m.organizationId(), user.id(), m.role(), clock.instant()));
    }
    return user;
  }

  public void update(AccessPolicy policy, long id, UserDetails details) {
    policy.requireGlobalAdmin();
    User user = find(id);
    String email = checkEmail(details.email());
    users.findByEmail(email).filter(other -> !Objects.equals(other.id(), user.id()))
        .ifPresent(other -> {
          throw ApiException.alreadyExists("a user with e-mail " + email + " exists already");
        });
    if (Objects.equals(policy.userId(), user.id()) && (!details.admin() || !details.active())) {
      throw ApiException.failedPrecondition(
          "you cannot remove your own admin rights or deactivate yourself");
    }
    user.update(email, details.admin(), details.active(), checkTtl(details.sessionTtl()),
        details.note(), clock.instant());
    users.save(user);
    revoke(user.id());
  }

  public void delete(AccessPolicy policy, long id) {
    policy.requireGlobalAdmin();
    User user = find(id);
    if (Objects.equals(policy.userId(), user.id())) {
      throw ApiException.failedPrecondition("you cannot delete yourself");
    }
    users.remove(user);
    revoke(user.id());
  }

  public void changePassword(AccessPolicy policy, long id, String password) {
    requireSelfOrAdmin(policy, id);
    User user = find(id);
    user.changePasswordHash(hash(password), clock.instant());
    users.save(user);
  }

  /** The user's tokens are checked again (not outside the container, where no one keeps them). */
  private void revoke(long userId) {
    if (revocations != null) {
      revocations.fire(CallerRevoked.user(userId));
    }
  }

  private void requireSelfOrAdmin(AccessPolicy policy, long id) {
    if (!policy.isGlobalAdmin() && !Objects.equals(policy.userId(), id)) {
      throw new AccessDeniedException("only a global admin or the user themself may do this");
    }
  }

  private User find(long id) {
    return users.find(id).orElseThrow(() -> ApiException.notFound("user " + id + " not found"));
  }

  private static String checkEmail(String email) {
    String e = email == null ? "" : email.strip();
    if (e.isEmpty() || e.length() > 255 || e.contains(" ")) {
      throw ApiException.invalidArgument("email must be 1 to 255 characters without spaces");
    }
    return e;
  }

  private static int checkTtl(int ttl) {
    if (ttl < 0) {
      throw ApiException.invalidArgument("sessionTTL must be 0 (24 hours) or more minutes");
    }
    return ttl;
  }
}
