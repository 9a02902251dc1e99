package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeolocationBufferTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private final GeolocationBuffer<String> buffer = new GeolocationBuffer<>();

  private static UplinkObservation at(int seconds) {
    return new UplinkObservation(T.plusSeconds(seconds), List.of());
  }

  @Test
  void without_a_ttl_each_uplink_is_solved_alone() {
    assertEquals(List.of(at(0)), buffer.add("d", at(0), BufferPolicy.NONE));
    assertEquals(List.of(at(5)), buffer.add("d", at(5), BufferPolicy.of(0, 3)));
    assertEquals(0, buffer.size());
  }

  @Test
  void waits_for_the_minimum_size_then_gives_the_buffered_uplinks_newest_first() {
    BufferPolicy p = BufferPolicy.of(60, 3);
    assertTrue(buffer.add("d", at(0), p).isEmpty());
    assertTrue(buffer.add("d", at(10), p).isEmpty());
    assertEquals(List.of(at(20), at(10), at(0)), buffer.add("d", at(20), p));
    assertEquals(List.of(at(30), at(20), at(10), at(0)), buffer.add("d", at(30), p));
  }

  @Test
  void uplinks_older_than_the_ttl_are_forgotten() {
    BufferPolicy p = BufferPolicy.of(30, 2);
    buffer.add("d", at(0), p);
    buffer.add("d", at(20), p);
    assertEquals(List.of(at(45), at(20)), buffer.add("d", at(45), p));
    assertTrue(buffer.add("d", at(100), p).isEmpty());
  }

  @Test
  void devices_have_buffers_of_their_own() {
    BufferPolicy p = BufferPolicy.of(60, 2);
    buffer.add("a", at(0), p);
    assertTrue(buffer.add("b", at(1), p).isEmpty());
    assertEquals(2, buffer.add("a", at(2), p).size());
  }

  @Test
  void keeps_at_most_the_newest_sixteen() {
    BufferPolicy p = BufferPolicy.of(3_600, 0);
    IntStream.range(0, 40).forEach(i -> buffer.add("d", at(i), p));
    List<UplinkObservation> l = buffer.add("d", at(40), p);
    assertEquals(BufferPolicy.MAX_BUFFERED, l.size());
    assertEquals(at(40), l.get(0));
    assertEquals(at(25), l.get(15));
  }

  @Test
  void expired_devices_are_purged() {
    buffer.add("a", at(0), BufferPolicy.of(10, 2));
    buffer.add("b", at(0), BufferPolicy.of(100, 2));
    assertEquals(1, buffer.purgeExpired(T.plusSeconds(50)));
    assertEquals(1, buffer.size());
  }

  @Test
  void rejects_a_negative_ttl_and_an_oversized_minimum() {
    assertThrows(IllegalArgumentException.class,
        () -> new BufferPolicy(Duration.ofSeconds(-1), 0));
    assertThrows(IllegalArgumentException.class, () -> BufferPolicy.of(60, 17));
  }
}
