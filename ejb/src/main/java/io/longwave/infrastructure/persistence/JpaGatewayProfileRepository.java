package io.longwave.infrastructure.persistence;

import io.longwave.domain.profile.GatewayProfile;
import io.longwave.domain.profile.GatewayProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link GatewayProfileRepository} on JPA. */
@Stateless
public class JpaGatewayProfileRepository implements GatewayProfileRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<GatewayProfile> find(UUID id) {
    return Optional.ofNullable(em.find(GatewayProfile.class, id));
  }

  @Override
  public void add(GatewayProfile profile) {
    em.persist(profile);
    em.flush();
  }

  @Override
  public GatewayProfile save(GatewayProfile profile) {
    return em.merge(profile);
  }

  @Override
  public void remove(GatewayProfile profile) {
    em.remove(em.contains(profile) ? profile : em.merge(profile));
  }

  @Override
  public List<GatewayProfile> list(Long networkServerId, int limit, int offset) {
    return filtered("select p", networkServerId, " order by p.name", GatewayProfile.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long networkServerId) {
    return filtered("select count(p)", networkServerId, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, Long networkServerId, String order,
      Class<T> type) {
    TypedQuery<T> q = em.createQuery(select + " from GatewayProfile p"
        + (networkServerId == null ? "" : " where p.networkServerId = :ns") + order, type);
    if (networkServerId != null) {
      q.setParameter("ns", networkServerId);
    }
    return q;
  }
}
