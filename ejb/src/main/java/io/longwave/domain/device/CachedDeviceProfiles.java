package io.longwave.domain.device;

import io.longwave.infrastructure.memory.ExpiringStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Device profiles read through a short-lived cache: the uplink path reads a device's profile on
 * every uplink, and profiles change rarely, so a profile is read from the store at most once per
 * time to live (default {@link #DEFAULT_TTL}, as ChirpStack v3 caches profiles for its uplink
 * path). A change saved through this repository is seen at once; one saved elsewhere (the
 * management API, another instance) within the time to live. A profile that is not found is not
 * cached. Threading: thread-safe if the store is.
 */
public final class CachedDeviceProfiles implements DeviceProfileRepository {

  /** How long a profile is kept by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(10);

  private final DeviceProfileRepository store;
  private final ExpiringStore<UUID, DeviceProfile> cache;

  public CachedDeviceProfiles(DeviceProfileRepository store, Clock clock, Duration ttl) {
    this.store = Objects.requireNonNull(store, "store");
    this.cache = new ExpiringStore<>(clock, ttl);
  }

  @Override
  public Optional<DeviceProfile> find(UUID id) {
    return cache.getOrLoad(id, store::find);
  }

  @Override
  public void save(DeviceProfile profile) {
    cache.take(profile.id());
    store.save(profile);
    cache.take(profile.id());
  }
}
