package io.longwave.infrastructure.persistence;

import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.networkserver.NetworkServerRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** {@link NetworkServerRepository} on JPA. */
@Stateless
public class JpaNetworkServerRepository implements NetworkServerRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<NetworkServer> find(long id) {
    return Optional.ofNullable(em.find(NetworkServer.class, id));
  }

  @Override
  public NetworkServer add(NetworkServer server) {
    em.persist(server);
    em.flush();
    return server;
  }

  @Override
  public NetworkServer save(NetworkServer server) {
    return em.merge(server);
  }

  @Override
  public void remove(NetworkServer server) {
    em.remove(em.contains(server) ? server : em.merge(server));
  }

  @Override
  public List<NetworkServer> list(Long organizationId, int limit, int offset) {
    return filtered("select n", organizationId, " order by n.name, n.id", NetworkServer.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long organizationId) {
    return filtered("select count(n)", organizationId, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, Long organizationId, String order,
      Class<T> type) {
    String where = organizationId == null ? "" : " where n.id = " + NetworkServer.BUILT_IN_ID
        + " or n.id in (select p.networkServerId from ServiceProfile p"
        + " where p.organizationId = :org)";
    TypedQuery<T> q = em.createQuery(select + " from NetworkServer n" + where + order, type);
    if (organizationId != null) {
      q.setParameter("org", organizationId);
    }
    return q;
  }

  @Override
  public boolean isInUse(long id) {
    return !em.createQuery(
                "select p.id from ServiceProfile p where p.networkServerId = :id", Object.class)
            .setParameter("id", id).setMaxResults(1).getResultList().isEmpty()
        || !em.createQuery(
                "select p.id from GatewayProfile p where p.networkServerId = :id", Object.class)
            .setParameter("id", id).setMaxResults(1).getResultList().isEmpty()
        || !em.createQuery(
                "select g.gatewayId from Gateway g where g.networkServerId = :id", Object.class)
            .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
  }
}
