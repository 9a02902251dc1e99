package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** {@link DeviceProfileRepository} on JPA, table {@code device_profile}. */
@Stateless
public class JpaDeviceProfileRepository implements DeviceProfileRepository {

  // reads in a transaction use its connection, not one taken from the pool per statement
  @PersistenceContext(unitName = "longwave", properties = @PersistenceProperty(
      name = PersistenceUnitProperties.JOIN_EXISTING_TRANSACTION, value = "true"))
  private EntityManager em;

  public JpaDeviceProfileRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceProfileRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<DeviceProfile> find(UUID id) {
    DeviceProfileEntity row = em.find(DeviceProfileEntity.class, id);
    return row == null ? Optional.empty() : Optional.of(row.toDomain());
  }

  @Override
  public void save(DeviceProfile profile) {
    Instant now = Instant.now();
    DeviceProfileEntity row = em.find(DeviceProfileEntity.class, profile.id());
    if (row == null) {
      em.persist(new DeviceProfileEntity(profile, now));
      // devices reference the profile: write it before any device of the same transaction
      em.flush();
    } else {
      row.update(profile, now);
    }
  }
}
