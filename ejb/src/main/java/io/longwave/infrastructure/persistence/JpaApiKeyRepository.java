package io.longwave.infrastructure.persistence;

import io.longwave.domain.user.ApiKey;
import io.longwave.domain.user.ApiKeyRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** {@link ApiKeyRepository} on JPA. */
@Stateless
public class JpaApiKeyRepository implements ApiKeyRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<ApiKey> find(String id) {
    return Optional.ofNullable(em.find(ApiKey.class, id));
  }

  @Override
  public void add(ApiKey key) {
    em.persist(key);
  }

  @Override
  public void remove(ApiKey key) {
    em.remove(em.contains(key) ? key : em.merge(key));
  }

  @Override
  public List<ApiKey> list(
      boolean admin, Long organizationId, Long applicationId, int limit, int offset) {
    return scoped("select k", admin, organizationId, applicationId, " order by k.createdAt desc",
            ApiKey.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(boolean admin, Long organizationId, Long applicationId) {
    return scoped("select count(k)", admin, organizationId, applicationId, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> scoped(
      String select, boolean admin, Long organizationId, Long applicationId, String order,
      Class<T> type) {
    String where;
    if (applicationId != null) {
      where = " where k.applicationId = :app";
    } else if (organizationId != null) {
      where = " where k.organizationId = :org and k.applicationId is null";
    } else {
      where =
          " where k.organizationId is null and k.applicationId is null and k.admin = :admin";
    }
    TypedQuery<T> q = em.createQuery(select + " from ApiKey k" + where + order, type);
    if (applicationId != null) {
      q.setParameter("app", applicationId);
    } else if (organizationId != null) {
      q.setParameter("org", organizationId);
    } else {
      q.setParameter("admin", admin);
    }
    return q;
  }
}
