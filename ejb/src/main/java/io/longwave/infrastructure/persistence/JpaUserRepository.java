package io.longwave.infrastructure.persistence;

import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link UserRepository} on JPA. */
@Stateless
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<User> find(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return em.createQuery("select u from User u where u.email = :email", User.class)
        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countAdmins() {
    return em.createQuery("select count(u) from User u where u.admin = true", Long.class)
        .getSingleResult();
  }

  @Override
  public void add(User user) {
    em.persist(user);
    em.flush();
  }

  @Override
  public User save(User user) {
    return em.merge(user);
  }

  @Override
  public void remove(User user) {
    em.remove(em.contains(user) ? user : em.merge(user));
  }

  @Override
  public List<User> list(int limit, int offset) {
    return em.createQuery("select u from User u order by u.email", User.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }
}
