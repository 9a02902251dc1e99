package io.longwave.infrastructure.persistence;

import io.longwave.domain.multicast.MulticastGroupCatalog;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupSummary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MulticastGroupCatalog} on JPA, table {@code multicast_group} (its {@code
 * application_id}), filtered through the application for the organization and through {@code
 * multicast_group_device} for a member.
 */
@Stateless
public class JpaMulticastGroupCatalog implements MulticastGroupCatalog {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaMulticastGroupCatalog() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaMulticastGroupCatalog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void assign(UUID groupId, long applicationId) {
    MulticastGroupEntity row = em.find(MulticastGroupEntity.class, groupId);
    if (row == null) {
      throw new IllegalArgumentException("no multicast group " + groupId);
    }
    row.applicationId(applicationId, Instant.now());
  }

  @Override
  public Optional<MulticastGroupSummary> find(UUID groupId) {
    return Optional.ofNullable(em.find(MulticastGroupEntity.class, groupId))
        .map(JpaMulticastGroupCatalog::summary);
  }

  @Override
  public List<MulticastGroupSummary> list(MulticastGroupFilter filter, int limit, int offset) {
    return filtered("select g", filter, " order by g.name, g.id", MulticastGroupEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(JpaMulticastGroupCatalog::summary)
        .toList();
  }

  @Override
  public long count(MulticastGroupFilter filter) {
    return filtered("select count(g)", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, MulticastGroupFilter f, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" from MulticastGroupEntity g where 1 = 1");
    if (f.applicationId() != null) {
      q.append(" and g.applicationId = :app");
    }
    if (f.organizationId() != null) {
      q.append(" and g.applicationId in (select a.id from ApplicationEntity a"
          + " where a.organizationId = :org)");
    }
    if (f.devEui() != null) {
      q.append(" and g.id in (select d.key.multicastGroupId from MulticastGroupDeviceEntity d"
          + " where d.key.devEui = :dev)");
    }
    if (f.search() != null) {
      q.append(" and lower(g.name) like :s");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (f.applicationId() != null) {
      query.setParameter("app", f.applicationId());
    }
    if (f.organizationId() != null) {
      query.setParameter("org", f.organizationId());
    }
    if (f.devEui() != null) {
      query.setParameter("dev", f.devEui().toString());
    }
    if (f.search() != null) {
      query.setParameter("s", JpaApplicationRepository.Like.contains(f.search()));
    }
    return query;
  }

  private static MulticastGroupSummary summary(MulticastGroupEntity row) {
    return new MulticastGroupSummary(row.toDomain(), row.applicationId(), row.createdAt(),
        row.updatedAt());
  }
}
