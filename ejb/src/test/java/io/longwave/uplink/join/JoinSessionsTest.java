package io.longwave.uplink.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JoinSessionsTest {

  private static final Aes128Key APP_KEY = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");

  /** ChirpStack otaa_test.rs {@code test_lorawan_10}: JoinNonce 0, NetID 000000, DevNonce 258. */
  @Test
  void derives_the_lorawan10_keys_of_chirpstacks_otaa_test() {
    SessionKeys k =
        JoinSessions.deriveKeys(
            MacVersion.LORAWAN_1_0_2, DeviceKeys.lorawan10(APP_KEY), 0, new NetId(0),
            Eui64.parse("0102030405060708"), 258);
    assertEquals("802fa8293ed7d44f1353b7c92ba97dc8", k.fNwkSIntKey().toHex());
    assertEquals("802fa8293ed7d44f1353b7c92ba97dc8", k.sNwkSIntKey().toHex());
    assertEquals("802fa8293ed7d44f1353b7c92ba97dc8", k.nwkSEncKey().toHex());
    assertEquals("05d3def03334170fda9bede4c625c875", k.appSKey().toHex());
  }

  @Test
  void refuses_lorawan11_keys_without_an_app_key() {
    assertThrows(IllegalArgumentException.class, () -> JoinSessions.deriveKeys(
        MacVersion.LORAWAN_1_1_0, DeviceKeys.lorawan10(APP_KEY), 1, new NetId(0),
        Eui64.parse("0102030405060708"), 1));
  }

  @Test
  void new_eu868_session_has_default_and_extra_channels_and_the_join_request_dr() {
    DeviceProfile profile =
        DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, MacVersion.LORAWAN_1_0_3);
    NetworkRegionSettings network =
        NetworkRegionSettings.defaults()
            .withExtraUplinkChannels(List.of(new Channel(867100000, 0, 5),
                new Channel(867300000, 0, 5)));
    SessionKeys keys =
        JoinSessions.deriveKeys(MacVersion.LORAWAN_1_0_3, DeviceKeys.lorawan10(APP_KEY), 1,
            new NetId(0), Eui64.parse("0102030405060708"), 1);
    DeviceSession s =
        JoinSessions.newSession(
            Eui64.parse("0202030405060708"), DevAddr.parse("01020304"), profile,
            Regions.get(RegionId.EU868), network, keys, 3, false, Instant.EPOCH);
    BitSet expected = new BitSet();
    expected.set(0, 5);
    assertEquals(expected, s.enabledUplinkChannels());
    assertEquals(2, s.extraUplinkChannels().size());
    assertEquals(3, s.dr());
    assertEquals(1, s.rx1Delay());
    assertEquals(0, s.rx2Dr());
    assertEquals(869525000, s.rx2FrequencyHz());
    assertEquals(1, s.nbTrans());
    assertEquals(0, s.txPowerIndex());
    assertEquals(0, s.fCntUp());
    assertEquals(0, s.nFCntDown());
  }
}
