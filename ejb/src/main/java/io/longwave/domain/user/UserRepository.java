package io.longwave.domain.user;

import java.util.Optional;

/** Stored users. */
public interface UserRepository {

  /** The user with this e-mail address, compared case-insensitively. */
  Optional<User> findByEmail(String email);

  /** How many global admins exist. */
  long countAdmins();

  /** Stores a new user. */
  void add(User user);
}
