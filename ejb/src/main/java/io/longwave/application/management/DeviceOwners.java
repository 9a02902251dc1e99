package io.longwave.application.management;

import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.infrastructure.memory.ExpiringStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * What a device's access check needs of its owners, read through a short-lived cache: the
 * application a device belongs to (whose organization decides who may read or change the
 * device) and the organization that owns a device profile. A script provisioning thousands of
 * devices into one application otherwise reads the same application and profile twice for every
 * device.
 *
 * <p>Only what cannot change is relied on: an application and a device profile keep their
 * organization for life (their services refuse to move them). An application or profile deleted
 * within the time to live may still be found here; the device's insert then fails on the
 * database's foreign key, and the caller gets the same refusal as when a delete races a create.
 * Misses are not cached, so a new application or profile is found at once.
 *
 * <p>Threading: thread-safe.
 */
public final class DeviceOwners {

  /** How long an application or a profile's owner is kept by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

  private final ExpiringStore<Long, Application> applications;
  private final ExpiringStore<UUID, DeviceProfile> profiles;

  public DeviceOwners(Clock clock, Duration ttl) {
    this.applications = new ExpiringStore<>(clock, ttl);
    this.profiles = new ExpiringStore<>(clock, ttl);
  }

  /** The application, from the cache or else from the repository. */
  public Optional<Application> application(long id, ApplicationRepository repository) {
    return applications.getOrLoad(id, repository::find);
  }

  /**
   * The device profile, from the cache or else from the repository, for its owner and id only:
   * its other settings may have changed since it was cached.
   */
  public Optional<DeviceProfile> profileForOwner(UUID profileId,
      DeviceProfileRepository repository) {
    return profiles.getOrLoad(profileId, repository::find);
  }

  /** Forgets the application at once (after this instance deleted it). */
  public void forgetApplication(long id) {
    applications.take(id);
  }
}
