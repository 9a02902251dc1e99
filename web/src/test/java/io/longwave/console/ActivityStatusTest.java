package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityStatusTest {

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  @Test
  void a_device_is_active_within_one_and_a_half_uplink_intervals() {
    Duration hour = Duration.ofHours(1);
    assertEquals(ActivityStatus.ACTIVE,
        ActivityStatus.ofDevice(NOW.minus(Duration.ofMinutes(90)), hour, NOW));
    assertEquals(ActivityStatus.INACTIVE,
        ActivityStatus.ofDevice(NOW.minus(Duration.ofMinutes(91)), hour, NOW));
    assertEquals(ActivityStatus.NEVER_SEEN, ActivityStatus.ofDevice(null, hour, NOW));
  }

  @Test
  void a_gateway_is_online_within_two_statistics_intervals() {
    assertEquals(ActivityStatus.ONLINE, ActivityStatus.ofGateway(
        NOW.minus(Duration.ofSeconds(120)), Duration.ofSeconds(60), NOW));
    assertEquals(ActivityStatus.OFFLINE, ActivityStatus.ofGateway(
        NOW.minus(Duration.ofSeconds(121)), Duration.ofSeconds(60), NOW));
    assertEquals(ActivityStatus.NEVER_SEEN, ActivityStatus.ofGateway(null, null, NOW));
  }

  @Test
  void a_gateway_without_a_profile_reports_every_30_seconds() {
    assertEquals(ActivityStatus.ONLINE,
        ActivityStatus.ofGateway(NOW.minus(Duration.ofSeconds(60)), null, NOW));
    assertEquals(ActivityStatus.OFFLINE,
        ActivityStatus.ofGateway(NOW.minus(Duration.ofSeconds(61)), Duration.ZERO, NOW));
  }
}
