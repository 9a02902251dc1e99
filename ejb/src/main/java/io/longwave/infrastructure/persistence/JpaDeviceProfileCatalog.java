package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceProfileCatalog;
import io.longwave.domain.device.StoredDeviceProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link DeviceProfileCatalog} on JPA, table {@code device_profile}. */
@Stateless
public class JpaDeviceProfileCatalog implements DeviceProfileCatalog {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDeviceProfileCatalog() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceProfileCatalog(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<StoredDeviceProfile> find(UUID id) {
    DeviceProfileEntity row = em.find(DeviceProfileEntity.class, id);
    return row == null ? Optional.empty() : Optional.of(stored(row));
  }

  @Override
  public List<StoredDeviceProfile> list(Long organizationId, int limit, int offset) {
    return filtered("select p", organizationId, " order by p.name, p.id",
            DeviceProfileEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(JpaDeviceProfileCatalog::stored)
        .toList();
  }

  @Override
  public long count(Long organizationId) {
    return filtered("select count(p)", organizationId, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, Long organizationId, String order, Class<T> type) {
    String where = organizationId == null ? "" : " where p.organizationId = :o";
    TypedQuery<T> q =
        em.createQuery(select + " from DeviceProfileEntity p" + where + order, type);
    if (organizationId != null) {
      q.setParameter("o", organizationId);
    }
    return q;
  }

  @Override
  public boolean delete(UUID id) {
    return em.createQuery("delete from DeviceProfileEntity p where p.id = :id")
        .setParameter("id", id)
        .executeUpdate() > 0;
  }

  @Override
  public boolean networkServerExists(long networkServerId) {
    return !em.createNativeQuery("select id from network_server where id = ?")
        .setParameter(1, networkServerId)
        .getResultList()
        .isEmpty();
  }

  private static StoredDeviceProfile stored(DeviceProfileEntity row) {
    return new StoredDeviceProfile(row.toDomain(), row.createdAt(), row.updatedAt());
  }
}
