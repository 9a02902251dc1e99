package io.longwave.domain.user;

import java.util.Optional;

/** Stored users. */
public interface UserRepository {

  Optional<User> find(long id);

  /** The user with this e-mail address, compared case-insensitively. */
  Optional<User> findByEmail(String email);

  /** How many global admins exist. */
  long countAdmins();

  /** Stores a new user. */
  void add(User user);
}
