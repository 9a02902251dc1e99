package io.longwave.testing;

import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupCatalog;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupSummary;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The groups of an {@link InMemoryMulticastGroupRepository} with the applications they belong
 * to, filtered as the JPA catalog filters them (the organization through the applications).
 */
public final class InMemoryMulticastGroupCatalog implements MulticastGroupCatalog {

  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private final InMemoryMulticastGroupRepository groups;
  private final ApplicationRepository applications;
  private final Map<UUID, Long> owners = new ConcurrentHashMap<>();

  public InMemoryMulticastGroupCatalog(InMemoryMulticastGroupRepository groups,
      ApplicationRepository applications) {
    this.groups = groups;
    this.applications = applications;
  }

  @Override
  public void assign(UUID groupId, long applicationId) {
    if (groups.find(groupId).isEmpty()) {
      throw new IllegalArgumentException("no multicast group " + groupId);
    }
    owners.put(groupId, applicationId);
  }

  @Override
  public Optional<MulticastGroupSummary> find(UUID groupId) {
    return groups.find(groupId).map(this::summary);
  }

  @Override
  public List<MulticastGroupSummary> list(MulticastGroupFilter filter, int limit, int offset) {
    return matching(filter).stream().skip(offset).limit(limit).map(this::summary).toList();
  }

  @Override
  public long count(MulticastGroupFilter filter) {
    return matching(filter).size();
  }

  private List<MulticastGroup> matching(MulticastGroupFilter f) {
    return groups.list().stream()
        .filter(g -> f.applicationId() == null || f.applicationId().equals(owners.get(g.id())))
        .filter(g -> f.organizationId() == null || Optional.ofNullable(owners.get(g.id()))
            .flatMap(applications::find).map(Application::organizationId)
            .filter(f.organizationId()::equals).isPresent())
        .filter(g -> f.devEui() == null || groups.devices(g.id()).contains(f.devEui()))
        .filter(g -> f.search() == null || g.name().toLowerCase(Locale.ROOT)
            .contains(f.search().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private MulticastGroupSummary summary(MulticastGroup g) {
    return new MulticastGroupSummary(g, owners.get(g.id()), T, T);
  }
}
