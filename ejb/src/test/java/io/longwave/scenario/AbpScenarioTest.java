package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.activation.AbpActivationService;
import io.longwave.application.activation.DeviceActivationException;
import io.longwave.application.activation.DeviceActivationException.Reason;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Activation by personalisation through {@link AbpActivationService} (LoRaWAN 1.0.4 §6.3, 1.1
 * §6.3; ChirpStack's device {@code Activate}), then data uplinks through the data uplink flow with
 * the in-memory edges.
 */
class AbpScenarioTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0102030405060708");
  private static final DevAddr DEV_ADDR = DevAddr.parse("26011f2f");
  private static final Aes128Key NWK_S_KEY = Aes128Key.parse("44024241ed4ce9a68c6a8bc055233fd3");
  private static final Aes128Key APP_S_KEY = Aes128Key.parse("ec925802ae430ca77fd3dd73cb2cc588");
  private static final SessionKeys KEYS_10 = new Lorawan10SessionKeys(NWK_S_KEY, APP_S_KEY);
  private static final SessionKeys KEYS_11 =
      new Lorawan11SessionKeys(
          Aes128Key.parse("01010101010101010101010101010101"),
          Aes128Key.parse("02020202020202020202020202020202"),
          Aes128Key.parse("03030303030303030303030303030303"),
          Aes128Key.parse("04040404040404040404040404040404"));
  private static final Instant ACTIVATED = Instant.parse("2024-05-01T09:00:00Z");

  private final DataUplinkFixture given = new DataUplinkFixture();
  private final InMemoryDevNonceRepository devNonces = new InMemoryDevNonceRepository();
  private final AbpActivationService service =
      new AbpActivationService(given.devices, given.devices, given.sessions, devNonces,
          given.queue, Clock.fixed(ACTIVATED, ZoneOffset.UTC));

  /** An ABP profile: RX1 after 3 s with offset 1, RX2 at DR3 on 869.525 MHz. */
  private static DeviceProfile abp(MacVersion version, boolean classC) {
    return new DeviceProfile(
        UUID.randomUUID(), "abp", RegionId.EU868, version, "RP002-1.0.3", false, false, classC,
        60, 0, 60, 3, 1, 3, 869_525_000L, 16, "default", 3600, 0, true);
  }

  private void device(DeviceProfile profile, boolean skipFCntCheck) {
    given.devices.save(profile);
    given.devices.save(new Device(DEV_EUI, "abp device", 1, profile.id(), null, null,
        skipFCntCheck, false, 0));
  }

  @Test
  void activates_a_lorawan_104_device_with_the_profiles_receive_windows() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);

    DeviceSession s = service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 10, 5, 0);

    DeviceSession stored = given.session(DEV_EUI);
    assertEquals(DEV_ADDR, stored.devAddr());
    assertEquals(NWK_S_KEY, stored.fNwkSIntKey());
    assertEquals(NWK_S_KEY, stored.sNwkSIntKey());
    assertEquals(NWK_S_KEY, stored.nwkSEncKey());
    assertEquals(APP_S_KEY, stored.appSKey());
    assertEquals(10, stored.fCntUp());
    assertEquals(5, stored.nFCntDown());
    assertEquals(3, stored.rx1Delay());
    assertEquals(1, stored.rx1DrOffset());
    assertEquals(3, stored.rx2Dr());
    assertEquals(869_525_000L, stored.rx2FrequencyHz());
    assertEquals(0, stored.dr());
    assertEquals(1, stored.nbTrans());
    BitSet eu868Defaults = new BitSet();
    eu868Defaults.set(0, 3);
    assertEquals(eu868Defaults, stored.enabledUplinkChannels());
    assertTrue(stored.extraUplinkChannels().isEmpty());
    assertEquals(DeviceClass.A, stored.deviceClass());
    assertEquals(ACTIVATED, stored.activatedAt());
    assertEquals(s.devAddr(), stored.devAddr());
  }

  @Test
  void accepts_the_activated_devices_uplink_with_the_given_counter() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 10, 5, 0);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS_10)
        .fCnt(10).frmPayload(1, new byte[] {1, 2, 3}).frameSet());

    assertTrue(outcome.accepted(), outcome.dropReason());
    assertEquals(10, outcome.fCnt());
    DataUplinkEvent up = given.events.of(DataUplinkEvent.class).get(0);
    assertEquals(DEV_EUI, up.devEui());
    assertEquals(1, up.fPort());
    assertEquals(11, given.session(DEV_EUI).fCntUp());
    assertEquals(3, given.downlinks.responses().get(0).session().rx1Delay());
  }

  @Test
  void drops_an_uplink_below_the_given_counter() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 10, 5, 0);

    DataUplinkOutcome outcome =
        given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS_10).fCnt(5).frameSet());

    assertFalse(outcome.accepted());
    assertEquals(UplinkDrops.FCNT_RESET, outcome.dropReason());
  }

  @Test
  void accepts_a_lower_counter_of_a_skip_fcnt_check_device() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), true);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 100, 0, 0);
    assertTrue(given.session(DEV_EUI).skipFCntCheck());

    DataUplinkOutcome outcome =
        given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS_10).fCnt(3).frameSet());

    assertTrue(outcome.accepted(), outcome.dropReason());
    assertEquals(3, outcome.fCnt());
  }

  @Test
  void activates_a_lorawan_11_device_with_its_three_network_keys() {
    device(abp(MacVersion.LORAWAN_1_1_0, true), false);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_11, 7, 2, 4);

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan11(DEV_ADDR, KEYS_11)
        .fCnt(7).frmPayload(2, new byte[] {9}).frameSet());

    assertTrue(outcome.accepted(), outcome.dropReason());
    DeviceSession s = given.session(DEV_EUI);
    assertEquals(KEYS_11.sNwkSIntKey(), s.sNwkSIntKey());
    assertEquals(2, s.nFCntDown());
    assertEquals(4, s.aFCntDown());
    assertEquals(DeviceClass.C, s.deviceClass());
    assertArrayEquals(new byte[] {9},
        decryptFirstUplink(given.events.of(DataUplinkEvent.class).get(0)));
  }

  private static byte[] decryptFirstUplink(DataUplinkEvent up) {
    byte[] b = up.encryptedFrmPayload();
    FrmPayloadCipher.encrypt(AesKeyContext.of(up.appSKey()), Direction.UPLINK, up.devAddr(),
        (int) up.fCnt(), b, 0, b.length);
    return b;
  }

  @Test
  void replaces_an_existing_session() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 10, 5, 0);

    service.activate(DEV_EUI, DevAddr.parse("26011f30"), KEYS_10, 0, 0, 0);

    assertTrue(given.sessions.findByDevAddr(DEV_ADDR).isEmpty());
    assertEquals(0, given.session(DEV_EUI).fCntUp());
  }

  @Test
  void flushes_the_queue_when_the_profile_says_so() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    given.queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 1, new byte[] {1},
        false, false, 0, null, ACTIVATED));

    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0);

    assertTrue(given.queue.list(DEV_EUI).isEmpty());
  }

  @Test
  void rejects_a_device_of_an_otaa_profile() {
    DeviceProfile otaa = DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868,
        MacVersion.LORAWAN_1_0_4);
    device(otaa, false);

    DeviceActivationException e = assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0));

    assertEquals(Reason.NOT_ABP, e.reason());
    assertTrue(e.getMessage().contains("OTAA"), e.getMessage());
    assertTrue(given.sessions.find(DEV_EUI).isEmpty());
  }

  @Test
  void rejects_an_unknown_device() {
    DeviceActivationException e = assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0));

    assertEquals(Reason.UNKNOWN_DEVICE, e.reason());
    assertEquals(DEV_EUI, e.devEui());
  }

  @Test
  void rejects_keys_of_the_other_lorawan_version() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);

    assertEquals(Reason.INVALID_KEYS, assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_11, 0, 0, 0)).reason());
    device(abp(MacVersion.LORAWAN_1_1_0, false), false);
    assertEquals(Reason.INVALID_KEYS, assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0)).reason());
  }

  @Test
  void rejects_a_frame_counter_beyond_32_bits() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);

    DeviceActivationException e = assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0x1_0000_0000L, 0, 0));

    assertEquals(Reason.INVALID_FRAME_COUNTER, e.reason());
    assertTrue(e.getMessage().contains("FCntUp"), e.getMessage());
  }

  @Test
  void rejects_a_profile_whose_rx2_data_rate_the_region_lacks() {
    DeviceProfile bad = new DeviceProfile(
        UUID.randomUUID(), "abp", RegionId.EU868, MacVersion.LORAWAN_1_0_4, "RP002-1.0.3", false,
        false, false, 60, 0, 60, 1, 0, 15, 0, 16, "default", 3600, 0, true);
    device(bad, false);

    assertEquals(Reason.INVALID_PROFILE, assertThrows(DeviceActivationException.class,
        () -> service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0)).reason());
  }

  @Test
  void deactivates_a_device_so_its_uplinks_are_dropped() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    service.activate(DEV_EUI, DEV_ADDR, KEYS_10, 0, 0, 0);

    service.deactivate(DEV_EUI);

    assertTrue(given.sessions.find(DEV_EUI).isEmpty());
    assertEquals(UplinkDrops.UNKNOWN_DEV_ADDR,
        given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS_10).frameSet()).dropReason());
  }

  @Test
  void flushes_the_dev_nonces_of_a_device() {
    device(abp(MacVersion.LORAWAN_1_0_4, false), false);
    Eui64 joinEui = Eui64.parse("0000000000000001");
    devNonces.use(DEV_EUI, joinEui, 7, 0xff);

    service.flushDevNonces(DEV_EUI);

    assertTrue(devNonces.use(DEV_EUI, joinEui, 7, 0xff));
    assertEquals(Reason.UNKNOWN_DEVICE, assertThrows(DeviceActivationException.class,
        () -> service.flushDevNonces(Eui64.parse("0000000000000009"))).reason());
  }
}
