package io.longwave.framelog;

import static io.longwave.framelog.Frames.DEV;
import static io.longwave.framelog.Frames.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceStateQueryTest {

  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  private final DeviceActivity activity =
      new DeviceActivity(devices, Duration.ofSeconds(5), () -> 0L);
  private final DeviceStateQuery query = new DeviceStateQuery(devices, sessions, activity);

  private void storeDevice() {
    devices.save(new Device(DEV, "d", 1, UUID.randomUUID(), null, null, false, false, 0));
  }

  @Test
  void knows_no_state_of_an_unknown_device() {
    assertTrue(query.state(DEV).isEmpty());
  }

  @Test
  void a_device_never_activated_has_only_its_stored_last_seen_time() {
    storeDevice();
    devices.markSeen(DEV, T);
    assertEquals(new DeviceState(DEV, T, null, null, null, null, null, null, null, null, null),
        query.state(DEV).orElseThrow());
    assertFalse(query.state(DEV).orElseThrow().activated());
  }

  @Test
  void composes_the_session_the_last_uplink_and_the_dev_status_answer() {
    storeDevice();
    Aes128Key k = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
    DeviceSession s = new DeviceSession(DEV, DevAddr.parse("01020304"), MacVersion.LORAWAN_1_0_3,
        RegionId.EU868, new Lorawan10SessionKeys(k, k), T);
    s.fCntUp(11).nFCntDown(4).dr(3).battery(200).margin(12).deviceClass(DeviceClass.C);
    sessions.save(s);
    activity.seen(DEV, new LastUplink(T.plusSeconds(8), 3, -101, -4.25));

    assertEquals(new DeviceState(DEV, T.plusSeconds(8), 3, -101, -4.25, 200, 12,
        DevAddr.parse("01020304"), 11L, 4L, DeviceClass.C), query.state(DEV).orElseThrow());
  }

  @Test
  void takes_the_later_of_the_stored_and_the_remembered_last_seen_time() {
    storeDevice();
    activity.seen(DEV, new LastUplink(T, 5, -60, 7));
    devices.markSeen(DEV, T.plusSeconds(30));
    assertEquals(T.plusSeconds(30), query.state(DEV).orElseThrow().lastSeenAt());
  }
}
