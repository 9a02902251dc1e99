package io.longwave.domain.user;

import java.util.List;
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

  /** Stores changes to a user. */
  User save(User user);

  /** Deletes the user and, by cascade, their memberships. */
  void remove(User user);

  /** A page of users ordered by e-mail. */
  List<User> list(int limit, int offset);

  long count();
}
