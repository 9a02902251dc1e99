package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link DeviceProfileRepository} on JPA, table {@code device_profile}. */
@Stateless
public class JpaDeviceProfileRepository implements DeviceProfileRepository {

  @PersistenceContext(unitName = "longwave")
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
