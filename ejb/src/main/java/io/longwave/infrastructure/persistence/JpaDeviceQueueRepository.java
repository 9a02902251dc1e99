package io.longwave.infrastructure.persistence;

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

  @Override
  public void delete(UUID id) {
    DeviceQueueItemEntity row = em.find(DeviceQueueItemEntity.class, id);
    if (row != null) {
      em.remove(row);
    }
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
