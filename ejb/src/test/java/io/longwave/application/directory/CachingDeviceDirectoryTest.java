package io.longwave.application.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.codec.PayloadCodecType;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The directory cache: found devices for the TTL, unknown ones never, bounded. */
class CachingDeviceDirectoryTest {

  private final InMemoryDeviceDirectory source = new InMemoryDeviceDirectory();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  private static DirectoryEntry entry(long dev, String name) {
    return new DirectoryEntry(new Eui64(dev), name, 1, "app", Map.of(), Map.of(),
        new ProfileCodec(UUID.randomUUID(), "p", PayloadCodecType.NONE, "", ""));
  }

  @Test
  void keeps_a_found_device_for_the_ttl() {
    CachingDeviceDirectory cache =
        new CachingDeviceDirectory(source, Duration.ofSeconds(10), 100, clock);
    source.put(entry(1, "first"));

    assertEquals("first", cache.find(new Eui64(1)).orElseThrow().deviceName());
    source.put(entry(1, "renamed"));
    now.set(Instant.EPOCH.plusSeconds(9));
    assertEquals("first", cache.find(new Eui64(1)).orElseThrow().deviceName());
    assertEquals(1, source.lookups());
    now.set(Instant.EPOCH.plusSeconds(10));
    assertEquals("renamed", cache.find(new Eui64(1)).orElseThrow().deviceName());
    assertEquals(2, source.lookups());
  }

  @Test
  void does_not_keep_unknown_devices_and_forgets_evicted_ones() {
    CachingDeviceDirectory cache =
        new CachingDeviceDirectory(source, Duration.ofSeconds(10), 100, clock);
    assertTrue(cache.find(new Eui64(2)).isEmpty());
    source.put(entry(2, "new"));
    assertEquals("new", cache.find(new Eui64(2)).orElseThrow().deviceName());
    source.put(entry(2, "changed"));
    cache.evict(new Eui64(2));
    assertEquals("changed", cache.find(new Eui64(2)).orElseThrow().deviceName());
  }

  @Test
  void stays_within_its_capacity() {
    CachingDeviceDirectory cache =
        new CachingDeviceDirectory(source, Duration.ofSeconds(10), 3, clock);
    for (int i = 0; i < 10; i++) {
      source.put(entry(i, "d" + i));
      cache.find(new Eui64(i));
    }
    int before = source.lookups();
    cache.find(new Eui64(9));
    assertEquals(before, source.lookups());
  }
}
