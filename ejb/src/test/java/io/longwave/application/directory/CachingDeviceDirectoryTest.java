package io.longwave.application.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.codec.PayloadCodecType;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void gateway_names_are_kept_for_the_ttl_unknown_ones_too() {
    AtomicInteger queries = new AtomicInteger();
    Map<Long, String> table = new ConcurrentHashMap<>(Map.of(1L, "mast"));
    CachingGatewayNames names = new CachingGatewayNames(id -> {
      queries.incrementAndGet();
      return table.getOrDefault(id.value(), "");
    }, Duration.ofSeconds(10), 100, clock);
    GatewayId one = new GatewayId(1);
    GatewayId two = new GatewayId(2);

    assertEquals("mast", names.nameOf(one));
    assertEquals("", names.nameOf(two));
    table.put(2L, "new");
    assertEquals("mast", names.nameOf(one));
    assertEquals("", names.nameOf(two));
    assertEquals(2, queries.get());
    now.set(Instant.EPOCH.plusSeconds(10));
    assertEquals("new", names.nameOf(two));
  }

  @Test
  void gateway_locations_are_kept_with_the_names() {
    AtomicInteger queries = new AtomicInteger();
    GatewayLocation first = new GatewayLocation(1, 2, 3, LocationSource.CONFIG);
    AtomicReference<GatewayLocation> table = new AtomicReference<>(first);
    CachingGatewayNames names = new CachingGatewayNames(new GatewayNames() {
      @Override
      public String nameOf(GatewayId id) {
        return "mast";
      }

      @Override
      public Optional<GatewayLocation> locationOf(GatewayId id) {
        queries.incrementAndGet();
        return Optional.ofNullable(table.get());
      }
    }, Duration.ofSeconds(10), 100, clock);
    GatewayId one = new GatewayId(1);

    assertEquals(Optional.of(first), names.locationOf(one));
    table.set(null);
    assertEquals("mast", names.nameOf(one));
    assertEquals(Optional.of(first), names.locationOf(one));
    assertEquals(1, queries.get());
    now.set(Instant.EPOCH.plusSeconds(10));
    assertEquals(Optional.empty(), names.locationOf(one));
  }
}
