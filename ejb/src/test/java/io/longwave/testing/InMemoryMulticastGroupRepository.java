package io.longwave.testing;

import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FrameCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Multicast groups and members in memory; a deleted group takes its queue with it if given. */
public final class InMemoryMulticastGroupRepository implements MulticastGroupRepository {

  private final Map<UUID, MulticastGroup> groups = new LinkedHashMap<>();
  private final Map<UUID, TreeSet<Eui64>> members = new LinkedHashMap<>();
  private final InMemoryMulticastQueueRepository queue;

  public InMemoryMulticastGroupRepository(InMemoryMulticastQueueRepository queue) {
    this.queue = queue;
  }

  @Override
  public synchronized void create(MulticastGroup group) {
    if (groups.putIfAbsent(group.id(), group) != null) {
      throw new IllegalStateException("duplicate key " + group.id());
    }
    members.put(group.id(), new TreeSet<>());
  }

  @Override
  public synchronized Optional<MulticastGroup> find(UUID id) {
    return Optional.ofNullable(groups.get(id));
  }

  @Override
  public synchronized List<MulticastGroup> list() {
    List<MulticastGroup> l = new ArrayList<>(groups.values());
    l.sort(Comparator.comparing(MulticastGroup::name).thenComparing(MulticastGroup::id));
    return l;
  }

  @Override
  public synchronized boolean update(MulticastGroup group) {
    return groups.replace(group.id(), group) != null;
  }

  @Override
  public synchronized boolean delete(UUID id) {
    members.remove(id);
    if (queue != null) {
      queue.flush(id);
    }
    return groups.remove(id) != null;
  }

  @Override
  public synchronized long takeFCnt(UUID id, int count) {
    MulticastGroup g = groups.get(id);
    if (g == null) {
      throw new IllegalArgumentException("no multicast group " + id);
    }
    groups.put(id, g.withFCnt((g.fCnt() + count) & FrameCounter.MAX));
    return g.fCnt();
  }

  @Override
  public synchronized boolean addDevice(UUID groupId, Eui64 devEui) {
    return members.get(groupId).add(devEui);
  }

  @Override
  public synchronized boolean removeDevice(UUID groupId, Eui64 devEui) {
    return members.get(groupId).remove(devEui);
  }

  @Override
  public synchronized List<Eui64> devices(UUID groupId) {
    return List.copyOf(members.getOrDefault(groupId, new TreeSet<>()));
  }
}
