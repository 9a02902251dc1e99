package io.longwave.infrastructure.persistence;

import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.domain.gateway.GatewayStatsRecord;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link GatewayRepository} on JPA. */
@Stateless
public class JpaGatewayRepository implements GatewayRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<Gateway> find(Eui64 gatewayId) {
    return Optional.ofNullable(em.find(Gateway.class, gatewayId.toString()));
  }

  @Override
  public boolean exists(Eui64 gatewayId) {
    return !em.createQuery("select g.gatewayId from Gateway g where g.gatewayId = :id", String.class)
        .setParameter("id", gatewayId.toString())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Gateway save(Gateway gateway) {
    return em.merge(gateway);
  }

  @Override
  public boolean markSeen(Eui64 gatewayId, Instant at) {
    String id = gatewayId.toString();
    int updated =
        em.createQuery(
                "update Gateway g set g.lastSeenAt = :at where g.gatewayId = :id"
                    + " and (g.lastSeenAt is null or g.lastSeenAt < :at)")
            .setParameter("at", at)
            .setParameter("id", id)
            .executeUpdate();
    em.createQuery(
            "update Gateway g set g.firstSeenAt = :at where g.gatewayId = :id"
                + " and g.firstSeenAt is null")
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
    return updated > 0 || exists(gatewayId);
  }

  @Override
  public void remove(Gateway gateway) {
    em.remove(em.contains(gateway) ? gateway : em.merge(gateway));
  }

  @Override
  public List<Gateway> list(
      Long organizationId, Long userId, String search, int limit, int offset) {
    return filtered("select g", organizationId, userId, search, " order by g.name, g.gatewayId",
            Gateway.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long organizationId, Long userId, String search) {
    return filtered("select count(g)", organizationId, userId, search, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, Long organizationId, Long userId, String search, String order,
      Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" from Gateway g where 1 = 1");
    if (organizationId != null) {
      q.append(" and g.organizationId = :org");
    } else if (userId != null) {
      q.append(" and g.organizationId in (select m.organizationId from OrganizationUser m"
          + " where m.userId = :user)");
    }
    boolean searching = search != null && !search.isBlank();
    if (searching) {
      q.append(" and (lower(g.name) like :search or g.gatewayId like :search)");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (organizationId != null) {
      query.setParameter("org", organizationId);
    } else if (userId != null) {
      query.setParameter("user", userId);
    }
    if (searching) {
      query.setParameter("search", "%" + search.strip().toLowerCase(Locale.ROOT) + "%");
    }
    return query;
  }

  @Override
  public void addStats(GatewayStatsRecord stats) {
    em.persist(stats);
  }

  @Override
  public List<GatewayStatsRecord> stats(Eui64 gatewayId, Instant from) {
    return em.createQuery(
            "select s from GatewayStatsRecord s where s.gatewayId = :id and s.receivedAt >= :from"
                + " order by s.receivedAt",
            GatewayStatsRecord.class)
        .setParameter("id", gatewayId.toString())
        .setParameter("from", from)
        .getResultList();
  }

  @Override
  public int purgeStatsBefore(Instant before) {
    return em.createQuery("delete from GatewayStatsRecord s where s.receivedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
