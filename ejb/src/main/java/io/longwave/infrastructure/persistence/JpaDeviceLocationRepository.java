package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceLocationRepository;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link DeviceLocationRepository} on JPA, table {@code device_location}. */
@Stateless
public class JpaDeviceLocationRepository implements DeviceLocationRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDeviceLocationRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceLocationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<DeviceLocation> find(Eui64 devEui) {
    DeviceLocationEntity row = em.find(DeviceLocationEntity.class, devEui.toString());
    return row == null ? Optional.empty() : Optional.of(row.toDomain());
  }

  @Override
  public boolean save(DeviceLocation location) {
    String id = location.devEui().toString();
    if (em.find(DeviceEntity.class, id) == null) {
      return false;
    }
    DeviceLocationEntity row = em.find(DeviceLocationEntity.class, id);
    if (row == null) {
      em.persist(new DeviceLocationEntity(location));
    } else {
      row.update(location);
    }
    return true;
  }
}
