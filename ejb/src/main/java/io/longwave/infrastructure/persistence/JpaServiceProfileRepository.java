package io.longwave.infrastructure.persistence;

import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ServiceProfileRepository} on JPA. */
@Stateless
public class JpaServiceProfileRepository implements ServiceProfileRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<ServiceProfile> find(UUID id) {
    return Optional.ofNullable(em.find(ServiceProfile.class, id));
  }

  @Override
  public void add(ServiceProfile profile) {
    em.persist(profile);
    em.flush();
  }

  @Override
  public ServiceProfile save(ServiceProfile profile) {
    return em.merge(profile);
  }

  @Override
  public void remove(ServiceProfile profile) {
    em.remove(em.contains(profile) ? profile : em.merge(profile));
    em.flush();
  }

  @Override
  public List<ServiceProfile> list(
      Long organizationId, Long networkServerId, Long userId, int limit, int offset) {
    return filtered("select p", organizationId, networkServerId, userId, " order by p.name",
            ServiceProfile.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long organizationId, Long networkServerId, Long userId) {
    return filtered("select count(p)", organizationId, networkServerId, userId, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, Long organizationId, Long networkServerId,
      Long userId, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" from ServiceProfile p where 1 = 1");
    if (organizationId != null) {
      q.append(" and p.organizationId = :org");
    }
    if (networkServerId != null) {
      q.append(" and p.networkServerId = :ns");
    }
    if (userId != null) {
      q.append(" and p.organizationId in (select m.organizationId from OrganizationUser m"
          + " where m.userId = :user)");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (organizationId != null) {
      query.setParameter("org", organizationId);
    }
    if (networkServerId != null) {
      query.setParameter("ns", networkServerId);
    }
    if (userId != null) {
      query.setParameter("user", userId);
    }
    return query;
  }
}
