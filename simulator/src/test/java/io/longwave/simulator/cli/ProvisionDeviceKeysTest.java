package io.longwave.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.device.MacVersion;
import org.junit.jupiter.api.Test;

/** The root keys the provisioning tool sends for a device of the simulator's devices file. */
class ProvisionDeviceKeysTest {

  private static final Eui64 DEV_EUI = Eui64.parse("70b3d5e75e000001");
  private static final Eui64 JOIN_EUI = Eui64.parse("0000000000000000");
  private static final Aes128Key APP_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
  private static final Aes128Key NWK_KEY = Aes128Key.parse("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");

  @Test
  void a_lorawan_1_0_device_has_its_app_key_sent_as_nwk_key_as_chirpstack_v3_keeps_it() {
    DeviceConfig d = new DeviceConfig(DEV_EUI, JOIN_EUI, APP_KEY, null, null, null, null,
        MacVersion.LORAWAN_1_0_3);
    Provision.DeviceKeys k = Provision.DeviceKeys.of(d);
    assertEquals("70b3d5e75e000001", k.devEui());
    assertEquals("{\"deviceKeys\":{\"nwkKey\":\"000102030405060708090a0b0c0d0e0f\"}}",
        k.keysJson());
  }

  @Test
  void a_lorawan_1_1_device_has_both_root_keys_sent() {
    DeviceConfig d = new DeviceConfig(DEV_EUI, JOIN_EUI, APP_KEY, NWK_KEY, null, null, null,
        MacVersion.LORAWAN_1_1_0);
    assertEquals("{\"deviceKeys\":{\"nwkKey\":\"f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff\","
        + "\"appKey\":\"000102030405060708090a0b0c0d0e0f\"}}",
        Provision.DeviceKeys.of(d).keysJson());
  }
}
