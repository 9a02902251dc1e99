package io.longwave.application.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.application.Application;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceOwnersTest {

  private final DeviceManagementFixture f = new DeviceManagementFixture();
  private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T10:00:00Z"));
  private final DeviceOwners owners = new DeviceOwners(clock, Duration.ofSeconds(5));

  @Test
  void an_application_is_read_once_per_time_to_live() {
    long id = f.createApplication("meters");
    Optional<Application> first = owners.application(id, f.store);
    assertTrue(first.isPresent());

    f.store.delete(id);
    assertEquals(first, owners.application(id, f.store), "kept while fresh");

    clock.advance(Duration.ofSeconds(5));
    assertEquals(Optional.empty(), owners.application(id, f.store), "read again when expired");
  }

  @Test
  void a_missing_application_is_not_remembered() {
    long id = f.createApplication("meters");
    Application stored = f.store.find(id).orElseThrow();
    f.store.delete(id);
    assertEquals(Optional.empty(), owners.application(id, f.store));
    f.store.update(stored);
    assertEquals(Optional.of(stored), owners.application(id, f.store),
        "found as soon as it exists");
  }

  @Test
  void a_forgotten_application_is_read_again() {
    long id = f.createApplication("meters");
    owners.application(id, f.store);
    f.store.delete(id);
    owners.forgetApplication(id);
    assertEquals(Optional.empty(), owners.application(id, f.store));
  }

  @Test
  void a_profile_is_found_with_its_organization() {
    DeviceProfile p = f.createProfile(DeviceManagementFixture.ORG, true);
    assertEquals(Optional.of(DeviceManagementFixture.ORG),
        owners.profileForOwner(p.id(), f.deviceRepository).map(x -> x.details().organizationId()));
  }
}
