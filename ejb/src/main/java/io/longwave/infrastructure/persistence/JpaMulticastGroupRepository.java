package io.longwave.infrastructure.persistence;

import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FrameCounter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MulticastGroupRepository} on JPA, tables {@code multicast_group} and {@code
 * multicast_group_device}; deleting a group removes its members and queue (the foreign keys
 * cascade). The frame counter is taken under a row lock ({@code select ... for update}).
 */
@Stateless
public class JpaMulticastGroupRepository implements MulticastGroupRepository {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaMulticastGroupRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaMulticastGroupRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void create(MulticastGroup group) {
    em.persist(new MulticastGroupEntity(group, Instant.now()));
  }

  @Override
  public Optional<MulticastGroup> find(UUID id) {
    return Optional.ofNullable(em.find(MulticastGroupEntity.class, id))
        .map(MulticastGroupEntity::toDomain);
  }

  @Override
  public List<MulticastGroup> list() {
    List<MulticastGroup> groups = new ArrayList<>();
    for (MulticastGroupEntity row : em.createQuery(
        "select g from MulticastGroupEntity g order by g.name, g.id", MulticastGroupEntity.class)
        .getResultList()) {
      groups.add(row.toDomain());
    }
    return groups;
  }

  @Override
  public boolean update(MulticastGroup group) {
    MulticastGroupEntity row = em.find(MulticastGroupEntity.class, group.id());
    if (row == null) {
      return false;
    }
    row.update(group, Instant.now());
    return true;
  }

  /** Members and queue items go first, so the persistence context does not keep stale rows. */
  @Override
  public boolean delete(UUID id) {
    MulticastGroupEntity row = em.find(MulticastGroupEntity.class, id);
    if (row == null) {
      return false;
    }
    em.createQuery("delete from MulticastGroupDeviceEntity d where d.key.multicastGroupId = :g")
        .setParameter("g", id).executeUpdate();
    em.createQuery("delete from MulticastQueueItemEntity q where q.multicastGroupId = :g")
        .setParameter("g", id).executeUpdate();
    em.remove(row);
    return true;
  }

  @Override
  public long takeFCnt(UUID id, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("take at least one frame counter, got " + count);
    }
    MulticastGroupEntity row =
        em.find(MulticastGroupEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw new IllegalArgumentException("no multicast group " + id);
    }
    long first = row.fCnt();
    row.fCnt((first + count) & FrameCounter.MAX, Instant.now());
    return first;
  }

  @Override
  public boolean addDevice(UUID groupId, Eui64 devEui) {
    MulticastGroupDeviceEntity.Key key =
        new MulticastGroupDeviceEntity.Key(groupId, devEui.toString());
    if (em.find(MulticastGroupDeviceEntity.class, key) != null) {
      return false;
    }
    em.persist(new MulticastGroupDeviceEntity(groupId, devEui.toString(), Instant.now()));
    return true;
  }

  @Override
  public boolean removeDevice(UUID groupId, Eui64 devEui) {
    MulticastGroupDeviceEntity row = em.find(MulticastGroupDeviceEntity.class,
        new MulticastGroupDeviceEntity.Key(groupId, devEui.toString()));
    if (row == null) {
      return false;
    }
    em.remove(row);
    return true;
  }

  @Override
  public List<Eui64> devices(UUID groupId) {
    List<Eui64> devices = new ArrayList<>();
    for (String devEui : em.createQuery(
            "select d.key.devEui from MulticastGroupDeviceEntity d"
                + " where d.key.multicastGroupId = :g order by d.key.devEui", String.class)
        .setParameter("g", groupId).getResultList()) {
      devices.add(Eui64.parse(devEui));
    }
    return devices;
  }
}
