package io.longwave.infrastructure.persistence;

import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.domain.multicast.MulticastQueueRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link MulticastQueueRepository} on JPA, table {@code multicast_queue_item}, read by schedule
 * time (indexes {@code multicast_queue_item_schedule} and {@code multicast_queue_item_group}).
 */
@Stateless
public class JpaMulticastQueueRepository implements MulticastQueueRepository {

  private static final String LIST =
      "select q from MulticastQueueItemEntity q where q.multicastGroupId = :g"
          + " order by q.scheduleAt, q.fCnt, q.id";

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaMulticastQueueRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaMulticastQueueRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void enqueue(MulticastQueueItem item) {
    em.persist(new MulticastQueueItemEntity(item));
  }

  @Override
  public List<MulticastQueueItem> list(UUID groupId) {
    return domain(em.createQuery(LIST, MulticastQueueItemEntity.class)
        .setParameter("g", groupId).getResultList());
  }

  @Override
  public List<MulticastQueueItem> due(Instant now, int limit) {
    return domain(em.createQuery(
            "select q from MulticastQueueItemEntity q where q.scheduleAt <= :now"
                + " order by q.scheduleAt, q.id", MulticastQueueItemEntity.class)
        .setParameter("now", now).setMaxResults(limit).getResultList());
  }

  @Override
  public boolean take(UUID id) {
    return em.createQuery("delete from MulticastQueueItemEntity q where q.id = :id")
        .setParameter("id", id).executeUpdate() == 1;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the item is not stored
   */
  @Override
  public void update(MulticastQueueItem item) {
    MulticastQueueItemEntity row = em.find(MulticastQueueItemEntity.class, item.id());
    if (row == null) {
      throw new IllegalArgumentException("no multicast queue item " + item.id());
    }
    row.update(item);
  }

  @Override
  public int flush(UUID groupId) {
    return em.createQuery("delete from MulticastQueueItemEntity q where q.multicastGroupId = :g")
        .setParameter("g", groupId).executeUpdate();
  }

  private static List<MulticastQueueItem> domain(List<MulticastQueueItemEntity> rows) {
    List<MulticastQueueItem> items = new ArrayList<>(rows.size());
    for (MulticastQueueItemEntity row : rows) {
      items.add(row.toDomain());
    }
    return items;
  }
}
