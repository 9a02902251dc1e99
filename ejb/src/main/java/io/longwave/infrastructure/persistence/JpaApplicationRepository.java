package io.longwave.infrastructure.persistence;

import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** {@link ApplicationRepository} on JPA, table {@code application}. */
@Stateless
public class JpaApplicationRepository implements ApplicationRepository {

  // reads in a transaction use its connection, not one taken from the pool per statement
  @PersistenceContext(unitName = "longwave", properties = @PersistenceProperty(
      name = PersistenceUnitProperties.JOIN_EXISTING_TRANSACTION, value = "true"))
  private EntityManager em;

  public JpaApplicationRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaApplicationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Application> find(long id) {
    ApplicationEntity row = em.find(ApplicationEntity.class, id);
    return row == null ? Optional.empty() : Optional.of(row.toDomain());
  }

  @Override
  public Optional<Application> findByName(long organizationId, String name) {
    return em.createQuery(
            "select a from ApplicationEntity a where a.organizationId = :o and a.name = :n",
            ApplicationEntity.class)
        .setParameter("o", organizationId)
        .setParameter("n", name)
        .getResultStream()
        .findFirst()
        .map(ApplicationEntity::toDomain);
  }

  @Override
  public Application add(Application application) {
    ApplicationEntity row = new ApplicationEntity(application, Instant.now());
    em.persist(row);
    // devices reference the application by id: make the row visible to the same transaction
    em.flush();
    return application.withId(row.id());
  }

  @Override
  public void update(Application application) {
    ApplicationEntity row = em.find(ApplicationEntity.class, application.id());
    if (row == null) {
      throw new IllegalArgumentException("no application " + application.id());
    }
    row.update(application, Instant.now());
  }

  @Override
  public void delete(long id) {
    em.createQuery("delete from ApplicationEntity a where a.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public List<Application> list(Long organizationId, String search, int limit, int offset) {
    return filtered("select a", organizationId, search, " order by a.name, a.id",
            ApplicationEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(ApplicationEntity::toDomain)
        .toList();
  }

  @Override
  public long count(Long organizationId, String search) {
    return filtered("select count(a)", organizationId, search, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, Long organizationId, String search, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" from ApplicationEntity a where 1 = 1");
    if (organizationId != null) {
      q.append(" and a.organizationId = :o");
    }
    if (search != null && !search.isBlank()) {
      q.append(" and lower(a.name) like :s");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (organizationId != null) {
      query.setParameter("o", organizationId);
    }
    if (search != null && !search.isBlank()) {
      query.setParameter("s", Like.contains(search));
    }
    return query;
  }

  @Override
  public Optional<Long> serviceProfileOrganization(UUID serviceProfileId) {
    List<?> rows =
        em.createNativeQuery("select organization_id from service_profile where id = ?")
            .setParameter(1, serviceProfileId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty()
        : Optional.of(((Number) rows.get(0)).longValue());
  }

  /** The {@code like} pattern of a case-insensitive "contains", with wildcards escaped. */
  static final class Like {
    private Like() {}

    static String contains(String search) {
      String s = search.strip().toLowerCase(Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      return "%" + s + "%";
    }
  }
}
