package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.CachedDeviceSessions;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uplinks against sessions kept in memory that another writer changed in the database meanwhile
 * (the application side re-activating an ABP device, another instance): the flow gives the
 * answer the stored session gives, never a drop the kept copy alone would cause.
 */
class KeptSessionScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));
  static final SessionKeys NEW_KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("a1a2a3a4a5a6a7a8a9aaabacadaeafb0"),
      Aes128Key.parse("b0afaeadacabaaa9a8a7a6a5a4a3a2a1"));

  private final InMemoryDeviceSessionRepository store = new InMemoryDeviceSessionRepository();
  private final DataUplinkFixture given = new DataUplinkFixture(new CachedDeviceSessions(store,
      Clock.fixed(DataUplinkFixture.NOW, ZoneOffset.UTC), CachedDeviceSessions.DEFAULT_TTL,
      CachedDeviceSessions.DEFAULT_MAX_SESSIONS));

  @Test
  void a_device_reactivated_with_new_keys_is_heard_at_once() {
    activateAndHearOnce();
    reactivateInTheStore(DEV_ADDR, NEW_KEYS);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, NEW_KEYS)
        .fCnt(0).frmPayload(1, new byte[] {2}).frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    assertEquals(2, given.events.of(DataUplinkEvent.class).size());
    assertEquals(0, given.drops.get(UplinkDrops.MIC_FAILED));
  }

  @Test
  void a_device_reactivated_with_its_counter_reset_is_not_taken_for_a_replay() {
    activateAndHearOnce();
    reactivateInTheStore(DEV_ADDR, KEYS);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS)
        .fCnt(0).frmPayload(1, new byte[] {2}).frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    assertTrue(given.events.of(ErrorEvent.class).isEmpty(), "no frame-counter error");
  }

  @Test
  void a_device_moved_to_a_new_address_is_found_under_it() {
    DevAddr moved = DevAddr.parse("0a0b0c0d");
    // the new address was looked up (another network's device) before it was assigned
    given.send(GivenDataUplink.lorawan10(moved, NEW_KEYS).fCnt(0).frameSet());
    assertEquals(1, given.drops.get(UplinkDrops.UNKNOWN_DEV_ADDR));
    activateAndHearOnce();
    reactivateInTheStore(moved, NEW_KEYS);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(moved, NEW_KEYS)
        .fCnt(0).frmPayload(1, new byte[] {2}).frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    assertEquals(1, given.drops.get(UplinkDrops.UNKNOWN_DEV_ADDR));
  }

  @Test
  void a_frame_another_instance_took_meanwhile_is_dropped_as_its_copy() {
    activateAndHearOnce();
    // another instance took frame 1 and saved the session
    DeviceSession elsewhere = store.find(DEV_EUI).orElseThrow();
    elsewhere.fCntUp(2);
    store.save(elsewhere);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS)
        .fCnt(1).frmPayload(1, new byte[] {2}).frameSet());

    // as a second copy of a frame: the kept session's save fails, the stored one has it
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.FCNT_RETRANSMISSION, 1), outcome);
    assertTrue(given.events.of(ErrorEvent.class).isEmpty(), "no error for a copy");
    assertEquals(1, given.events.of(DataUplinkEvent.class).size(), "frame 0 only");
    assertEquals(2, given.session(DEV_EUI).fCntUp());
  }

  @Test
  void a_replay_of_a_kept_session_is_dropped_with_one_error() {
    activateAndHearOnce();
    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(1).frameSet());

    DataUplinkOutcome outcome =
        given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(0).frameSet());

    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.FCNT_RESET, 0), outcome);
    assertEquals(List.of("UPLINK_FCNT"),
        given.events.of(ErrorEvent.class).stream().map(ErrorEvent::type).toList());
  }

  /** A session at FCntUp 0, and frame 0 heard: the session is now kept in memory. */
  private void activateAndHearOnce() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    assertEquals(DataUplinkOutcome.accepted(0), given.send(GivenDataUplink.lorawan10(DEV_ADDR,
        KEYS).fCnt(0).frmPayload(1, new byte[] {1}).frameSet()));
  }

  /** What an ABP activation through the API does, in the database only. */
  private void reactivateInTheStore(DevAddr devAddr, SessionKeys keys) {
    store.delete(DEV_EUI);
    DeviceSession s = new DeviceSession(DEV_EUI, devAddr, MacVersion.LORAWAN_1_0_3,
        RegionId.EU868, keys, DataUplinkFixture.NOW);
    s.dr(5).rx2FrequencyHz(869_525_000L);
    store.save(s);
  }
}
