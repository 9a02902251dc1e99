package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceCatalog;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * {@link DeviceCatalog} on JPA: devices with their profile's name, filtered through their
 * application for the organization and service profile. Deleting relies on the schema's {@code on
 * delete cascade} for keys, session, DevNonces and queue.
 */
@Stateless
public class JpaDeviceCatalog implements DeviceCatalog {

  // reads in a transaction use its connection, not one taken from the pool per statement
  @PersistenceContext(unitName = "longwave", properties = @PersistenceProperty(
      name = PersistenceUnitProperties.JOIN_EXISTING_TRANSACTION, value = "true"))
  private EntityManager em;

  public JpaDeviceCatalog() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceCatalog(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<DeviceSummary> list(DeviceFilter filter, int limit, int offset) {
    return filtered("select d, p.name", filter, " order by d.name, d.devEui", Object[].class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> {
          DeviceEntity d = (DeviceEntity) row[0];
          return new DeviceSummary(d.toDomain(null), (String) row[1], d.lastSeenAt());
        })
        .toList();
  }

  @Override
  public long count(DeviceFilter filter) {
    return filtered("select count(d)", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, DeviceFilter f, String order, Class<T> type) {
    boolean viaApplication = f.organizationId() != null || f.serviceProfileId() != null;
    StringBuilder q = new StringBuilder(select)
        .append(" from DeviceEntity d, DeviceProfileEntity p")
        .append(viaApplication ? ", ApplicationEntity a" : "")
        .append(" where p.id = d.deviceProfileId");
    if (viaApplication) {
      q.append(" and a.id = d.applicationId");
    }
    if (f.applicationId() != null) {
      q.append(" and d.applicationId = :app");
    }
    if (f.organizationId() != null) {
      q.append(" and a.organizationId = :org");
    }
    if (f.serviceProfileId() != null) {
      q.append(" and a.serviceProfileId = :sp");
    }
    if (f.search() != null) {
      q.append(" and (lower(d.name) like :s or d.devEui like :s)");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (f.applicationId() != null) {
      query.setParameter("app", f.applicationId());
    }
    if (f.organizationId() != null) {
      query.setParameter("org", f.organizationId());
    }
    if (f.serviceProfileId() != null) {
      query.setParameter("sp", f.serviceProfileId());
    }
    if (f.search() != null) {
      query.setParameter("s", JpaApplicationRepository.Like.contains(f.search()));
    }
    return query;
  }

  @Override
  public long countInOrganization(long organizationId) {
    return em.createQuery(
            "select count(d) from DeviceEntity d, ApplicationEntity a"
                + " where a.id = d.applicationId and a.organizationId = :org", Long.class)
        .setParameter("org", organizationId)
        .getSingleResult();
  }

  @Override
  public long countWithProfile(UUID deviceProfileId) {
    return em.createQuery(
            "select count(d) from DeviceEntity d where d.deviceProfileId = :p", Long.class)
        .setParameter("p", deviceProfileId)
        .getSingleResult();
  }

  @Override
  public boolean delete(Eui64 devEui) {
    return em.createQuery("delete from DeviceEntity d where d.devEui = :id")
        .setParameter("id", devEui.toString())
        .executeUpdate() > 0;
  }

  @Override
  public int deleteInApplication(long applicationId) {
    return em.createQuery("delete from DeviceEntity d where d.applicationId = :app")
        .setParameter("app", applicationId)
        .executeUpdate();
  }
}
