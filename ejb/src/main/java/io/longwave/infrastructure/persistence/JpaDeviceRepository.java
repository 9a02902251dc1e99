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
import java.util.List;
import java.util.Map;
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

  /** The device and its keys in one statement (an outer join: an ABP device has no keys). */
  @Override
  public Optional<Device> find(Eui64 devEui) {
    List<Object[]> rows = em.createQuery(
            "select d, k from DeviceEntity d left join DeviceKeysEntity k on k.devEui = d.devEui"
                + " where d.devEui = :id", Object[].class)
        .setParameter("id", devEui.toString())
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    DeviceEntity row = (DeviceEntity) rows.get(0)[0];
    DeviceKeysEntity keys = (DeviceKeysEntity) rows.get(0)[1];
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

  /** One statement a device, all in the caller's transaction (one commit). */
  @Override
  public void markSeen(Map<Eui64, Instant> seen) {
    seen.forEach(this::markSeen);
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
