package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link DeviceQueueRepository} on JPA, table {@code device_queue_item}. A device's items come
 * pending first, then by {@code created_at} (the index {@code device_queue_item_device_time}),
 * then by id for items enqueued within the same microsecond.
 */
@Stateless
public class JpaDeviceQueueRepository implements DeviceQueueRepository {

  private static final String LIST =
      "select q from DeviceQueueItemEntity q where q.devEui = :dev"
          + " order by q.pending desc, q.createdAt, q.id";

  private static final String DEVICES_WITH_QUEUED_ITEMS =
      "select distinct q.devEui from DeviceQueueItemEntity q, DeviceSessionEntity s"
          + " where s.devEui = q.devEui and s.deviceClass = :deviceClass and q.devEui > :after"
          + " and (q.pending = false or q.timeoutAfter < :now)"
          + " order by q.devEui";

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDeviceQueueRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceQueueRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void enqueue(DeviceQueueItem item) {
    em.persist(new DeviceQueueItemEntity(item, Instant.now()));
  }

  @Override
  public List<DeviceQueueItem> list(Eui64 devEui) {
    List<DeviceQueueItemEntity> rows =
        em.createQuery(LIST, DeviceQueueItemEntity.class)
            .setParameter("dev", devEui.toString())
            .getResultList();
    List<DeviceQueueItem> items = new ArrayList<>(rows.size());
    for (DeviceQueueItemEntity row : rows) {
      items.add(row.toDomain());
    }
    return items;
  }

  @Override
  public Optional<DeviceQueueItem> next(Eui64 devEui) {
    return em.createQuery(LIST, DeviceQueueItemEntity.class)
        .setParameter("dev", devEui.toString())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(DeviceQueueItemEntity::toDomain);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the item is not stored
   */
  @Override
  public void update(DeviceQueueItem item) {
    DeviceQueueItemEntity row = em.find(DeviceQueueItemEntity.class, item.id());
    if (row == null) {
      throw new IllegalArgumentException("no queue item " + item.id());
    }
    row.update(item);
  }

  /** One statement, whose row count says whether the item was still there. */
  @Override
  public boolean delete(UUID id) {
    return em.createQuery("delete from DeviceQueueItemEntity q where q.id = :id")
        .setParameter("id", id)
        .executeUpdate() == 1;
  }

  /** DevEUIs are stored as 16 lower-case hex digits, so their text order is their number order. */
  @Override
  public List<Eui64> devicesWithQueuedItems(
      DeviceClass deviceClass, Instant now, Eui64 after, int limit) {
    List<String> rows =
        em.createQuery(DEVICES_WITH_QUEUED_ITEMS, String.class)
            .setParameter("deviceClass", deviceClass.name())
            .setParameter("after", after == null ? "" : after.toString())
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    List<Eui64> devices = new ArrayList<>(rows.size());
    for (String row : rows) {
      devices.add(Eui64.parse(row));
    }
    return devices;
  }

  /** Removes the items one by one (queues are short), so the persistence context stays exact. */
  @Override
  public int flush(Eui64 devEui) {
    List<DeviceQueueItemEntity> rows =
        em.createQuery(LIST, DeviceQueueItemEntity.class)
            .setParameter("dev", devEui.toString())
            .getResultList();
    for (DeviceQueueItemEntity row : rows) {
      em.remove(row);
    }
    return rows.size();
  }
}
