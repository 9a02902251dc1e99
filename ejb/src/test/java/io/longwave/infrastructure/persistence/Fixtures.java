package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values for the repository tests: distinct identities per test, so tests share a database. */
final class Fixtures {

  static final Aes128Key NWK_KEY = Aes128Key.parse("01020304050607080910111213141516");
  static final Aes128Key APP_KEY = Aes128Key.parse("a1a2a3a4a5a6a7a8a9aaabacadaeafb0");

  private Fixtures() {}

  /** A DevEUI no other test uses. */
  static Eui64 devEui() {
    return new Eui64(ThreadLocalRandom.current().nextLong());
  }

  /** An EU868 LoRaWAN 1.0.3 OTAA profile with ChirpStack's defaults. */
  static DeviceProfile profile() {
    return DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, MacVersion.LORAWAN_1_0_3);
  }

  /** Stores a profile and an OTAA device with DevEUI {@code devEui}. */
  static Device storeDevice(TestDatabase db, Eui64 devEui) {
    DeviceProfile profile = profile();
    Device device =
        new Device(
            devEui, "sensor", 7, profile.id(), Eui64.parse("70b3d57ed0000000"),
            DeviceKeys.lorawan10(NWK_KEY), false, false, 0);
    db.run(
        em -> {
          new JpaDeviceProfileRepository(em).save(profile);
          new JpaDeviceRepository(em).save(device);
        });
    return device;
  }
}
