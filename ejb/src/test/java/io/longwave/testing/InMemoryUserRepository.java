package io.longwave.testing;

import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link UserRepository} in a list; ids are given from 1 as the database sequence would. */
public final class InMemoryUserRepository implements UserRepository {

  private final List<User> users = new ArrayList<>();
  private long nextId = 1;

  @Override
  public Optional<User> find(long id) {
    return users.stream().filter(u -> u.id() == id).findFirst();
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return users.stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public long countAdmins() {
    return users.stream().filter(User::isAdmin).count();
  }

  @Override
  public void add(User user) {
    Ids.assign(user, nextId++);
    users.add(user);
  }

  @Override
  public User save(User user) {
    return user;
  }

  @Override
  public void remove(User user) {
    users.remove(user);
  }

  @Override
  public List<User> list(int limit, int offset) {
    return users.stream().sorted(Comparator.comparing(User::email)).skip(offset).limit(limit)
        .toList();
  }

  @Override
  public long count() {
    return users.size();
  }
}
