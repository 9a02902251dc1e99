package io.longwave.downlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryDownlinkContextRepositoryTest {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private static final class MovableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static DownlinkContext context(long id) {
    return new DownlinkContext(id, Eui64.parse("0102030405060708"),
        List.of(new DownlinkContext.Item(1, DownlinkCounter.NETWORK, null, false)), false, T0);
  }

  @Test
  void keeps_a_context_for_its_time_to_live_only() {
    MovableClock clock = new MovableClock();
    InMemoryDownlinkContextRepository repo =
        new InMemoryDownlinkContextRepository(clock, Duration.ofSeconds(30));
    repo.save(context(1));
    clock.now = T0.plusSeconds(29);
    assertEquals(Optional.of(context(1)), repo.find(1));
    clock.now = T0.plusSeconds(30);
    assertTrue(repo.find(1).isEmpty());
    assertEquals(0, repo.size());
  }

  @Test
  void gives_a_context_to_one_taker_only() {
    InMemoryDownlinkContextRepository repo = new InMemoryDownlinkContextRepository();
    repo.save(context(7));
    assertEquals(Optional.of(context(7)), repo.take(7));
    assertTrue(repo.take(7).isEmpty());
  }

  @Test
  void drops_expired_contexts_when_saving() {
    MovableClock clock = new MovableClock();
    InMemoryDownlinkContextRepository repo =
        new InMemoryDownlinkContextRepository(clock, Duration.ofSeconds(30));
    repo.save(context(1));
    clock.now = T0.plusSeconds(31);
    repo.save(context(2));
    assertEquals(1, repo.size());
  }
}
