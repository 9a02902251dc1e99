package io.longwave.framelog;

import static io.longwave.framelog.Frames.DEV;
import static io.longwave.framelog.Frames.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceActivityTest {

  private static final long SECOND = 1_000_000_000L;

  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final AtomicLong nanos = new AtomicLong();
  private final DeviceActivity activity =
      new DeviceActivity(devices, Duration.ofSeconds(5), nanos::get);

  @BeforeEach
  void storeDevice() {
    devices.save(new Device(DEV, "d", 1, UUID.randomUUID(), null, null, false, false, 0));
  }

  private void uplinkAt(long second) {
    nanos.set(second * SECOND);
    activity.seen(DEV, new LastUplink(T.plusSeconds(second), 5, -60, 7.5));
  }

  @Test
  void writes_the_last_seen_time_at_most_once_per_five_seconds() {
    uplinkAt(0);
    activity.flush();
    uplinkAt(1);
    uplinkAt(4);
    assertEquals(0, activity.flush(), "nothing due");
    assertEquals(1, devices.markSeenWrites());
    assertEquals(Optional.of(T), devices.lastSeenAt(DEV));

    uplinkAt(5);
    assertEquals(1, activity.flush());
    assertEquals(2, devices.markSeenWrites());
    assertEquals(Optional.of(T.plusSeconds(5)), devices.lastSeenAt(DEV));
  }

  @Test
  void the_time_is_written_behind_the_uplink_by_the_flush() {
    uplinkAt(0);
    assertEquals(Optional.empty(), devices.lastSeenAt(DEV), "not on the uplink's thread");
    assertEquals(1, activity.flush());
    assertEquals(Optional.of(T), devices.lastSeenAt(DEV));
    assertEquals(0, activity.flush(), "written once");
  }

  @Test
  void a_flush_writes_every_waiting_device_in_batches() {
    AtomicLong calls = new AtomicLong();
    DeviceRepository counted = new DeviceRepository() {
      @Override
      public Optional<Device> find(Eui64 devEui) {
        return devices.find(devEui);
      }

      @Override
      public void save(Device device) {
        devices.save(device);
      }

      @Override
      public void markSeen(Map<Eui64, Instant> seen) {
        calls.incrementAndGet();
        assertTrue(seen.size() <= DeviceActivity.FLUSH_BATCH);
        seen.forEach(devices::markSeen);
      }

      @Override
      public void markSeen(Eui64 devEui, Instant at) {
        throw new AssertionError("one at a time");
      }

      @Override
      public Optional<Instant> lastSeenAt(Eui64 devEui) {
        return devices.lastSeenAt(devEui);
      }
    };
    DeviceActivity a = new DeviceActivity(counted, Duration.ofSeconds(5), nanos::get);
    int n = DeviceActivity.FLUSH_BATCH + 1;
    for (int i = 0; i < n; i++) {
      Eui64 d = Eui64.parse(String.format("01000000%08x", i));
      counted.save(new Device(d, "d" + i, 1, UUID.randomUUID(), null, null, false, false, 0));
      a.seen(d, new LastUplink(T, 5, -60, 7.5));
    }
    assertEquals(n, a.flush());
    assertEquals(2, calls.get());
    assertEquals(n, devices.markSeenWrites());
  }

  @Test
  void keeps_every_uplink_in_memory_between_writes() {
    uplinkAt(0);
    uplinkAt(3);
    activity.flush();
    assertEquals(new LastUplink(T.plusSeconds(3), 5, -60, 7.5), activity.last(DEV).orElseThrow());
    assertEquals(Optional.of(T), devices.lastSeenAt(DEV), "the column waits for the interval");
  }

  @Test
  void an_older_uplink_does_not_replace_a_newer_one() {
    nanos.set(0);
    activity.seen(DEV, new LastUplink(T.plusSeconds(10), 3, -90, -2));
    activity.seen(DEV, new LastUplink(T, 5, -60, 7.5));
    assertEquals(T.plusSeconds(10), activity.last(DEV).orElseThrow().at());
  }

  @Test
  void throttles_each_device_on_its_own() {
    Eui64 other = Eui64.parse("0202030405060709");
    devices.save(new Device(other, "o", 1, UUID.randomUUID(), null, null, false, false, 0));
    uplinkAt(0);
    activity.seen(other, new LastUplink(T, 5, -60, 7.5));
    assertEquals(2, activity.flush());
    assertEquals(2, devices.markSeenWrites());
  }

  @Test
  void a_failed_write_is_tried_again_by_the_next_flush() {
    AtomicLong attempts = new AtomicLong();
    DeviceRepository failing = new DeviceRepository() {
      @Override
      public Optional<Device> find(Eui64 devEui) {
        return Optional.empty();
      }

      @Override
      public void save(Device device) {}

      @Override
      public void markSeen(Eui64 devEui, Instant at) {
        attempts.incrementAndGet();
        throw new IllegalStateException("database down");
      }

      @Override
      public Optional<Instant> lastSeenAt(Eui64 devEui) {
        return Optional.empty();
      }
    };
    DeviceActivity a = new DeviceActivity(failing, Duration.ofSeconds(5), nanos::get);
    a.seen(DEV, new LastUplink(T, 5, -60, 7.5));
    assertEquals(0, a.flush());
    a.seen(DEV, new LastUplink(T.plusSeconds(1), 5, -60, 7.5));
    assertEquals(0, a.flush());
    assertEquals(2, attempts.get(), "the waiting time is tried again");
    assertTrue(a.last(DEV).isPresent());
  }
}
