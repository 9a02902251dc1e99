package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * {@link DeviceRepository} on JPA: the device in {@code device}, its root keys in {@code
 * device_keys}. Saving a device without keys (ABP) removes stored keys.
 */
@Stateless
public class JpaDeviceRepository implements DeviceRepository {

  // reads in a transaction use its connection, not one taken from the pool per statement
  @PersistenceContext(unitName = "longwave", properties = @PersistenceProperty(
      name = PersistenceUnitProperties.JOIN_EXISTING_TRANSACTION, value = "true"))
  private EntityManager em;

  public JpaDeviceRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Device> find(Eui64 devEui) {
    String id = devEui.toString();
    DeviceEntity row = em.find(DeviceEntity.class, id);
    if (row == null) {
      return Optional.empty();
    }
    DeviceKeysEntity keys = em.find(DeviceKeysEntity.class, id);
    return Optional.of(row.toDomain(keys == null ? null : keys.toDomain()));
  }

  @Override
  public void save(Device device) {
    Instant now = Instant.now();
    String id = device.devEui().toString();
    DeviceEntity row = em.find(DeviceEntity.class, id);
    if (row == null) {
      add(device);
      return;
    }
    row.update(device, now);
    writeKeys(id, device.keys(), now);
  }

  @Override
  public boolean exists(Eui64 devEui) {
    return !em.createQuery("select d.devEui from DeviceEntity d where d.devEui = :id",
            String.class)
        .setParameter("id", devEui.toString())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Device device) {
    Instant now = Instant.now();
    em.persist(new DeviceEntity(device, now));
    if (device.keys() != null) {
      // the keys row references the device row: insert the device first
      em.flush();
      em.persist(new DeviceKeysEntity(device.devEui().toString(), device.keys(), now));
    }
  }

  @Override
  public void saveKeys(Eui64 devEui, DeviceKeys keys) {
    writeKeys(devEui.toString(), keys, Instant.now());
  }

  @Override
  public void addKeys(Eui64 devEui, DeviceKeys keys) {
    em.persist(new DeviceKeysEntity(devEui.toString(), keys, Instant.now()));
  }

  private void writeKeys(String id, DeviceKeys keys, Instant now) {
    DeviceKeysEntity stored = em.find(DeviceKeysEntity.class, id);
    if (keys == null) {
      if (stored != null) {
        em.remove(stored);
      }
    } else if (stored == null) {
      em.persist(new DeviceKeysEntity(id, keys, now));
    } else {
      stored.update(keys, now);
    }
  }

  @Override
  public void markSeen(Eui64 devEui, Instant at) {
    em.createQuery(
            "update DeviceEntity d set d.lastSeenAt = :at where d.devEui = :id"
                + " and (d.lastSeenAt is null or d.lastSeenAt < :at)")
        .setParameter("at", at)
        .setParameter("id", devEui.toString())
        .executeUpdate();
  }

  @Override
  public Optional<Instant> lastSeenAt(Eui64 devEui) {
    return em.createQuery(
            "select d.lastSeenAt from DeviceEntity d where d.devEui = :id", Instant.class)
        .setParameter("id", devEui.toString())
        .getResultStream()
        .filter(t -> t != null)
        .findFirst();
  }
}
