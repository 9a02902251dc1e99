package io.longwave.mac;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sessions, profiles, uplinks and contexts for the MAC tests. */
public final class MacFixture {

  public static final Eui64 DEV_EUI = Eui64.parse("0102030405060708");
  public static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  public static final Aes128Key NWK_S_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
  public static final Aes128Key APP_S_KEY = Aes128Key.parse("0f0e0d0c0b0a09080706050403020100");
  public static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");
  public static final byte[] CONTEXT = {0x01, 0x02, 0x03, 0x04};

  private MacFixture() {}

  /** A LoRaWAN 1.0.4 session with one network key, FCntUp 10 next. */
  public static DeviceSession session(RegionId region) {
    DeviceSession s =
        new DeviceSession(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_4, region, NWK_S_KEY,
            NWK_S_KEY, NWK_S_KEY, APP_S_KEY, T0.minusSeconds(3600), 0);
    Region r = Regions.get(region);
    return s.fCntUp(10).rx2Dr(r.rx2DataRate()).rx2FrequencyHz(r.rx2FrequencyHz());
  }

  public static DeviceProfile profile(RegionId region) {
    return DeviceProfile.otaa(UUID.nameUUIDFromBytes(new byte[] {1}), region,
        MacVersion.LORAWAN_1_0_4);
  }

  public static UplinkRxInfo rx(long gateway, double snr, int rssi, Instant at) {
    return UplinkRxInfo.builder(new GatewayId(gateway)).snr(snr).rssi(rssi).nsTime(at)
        .context(CONTEXT).build();
  }

  /** An uplink at SF/BW heard by these gateways, best first, received at {@code at}. */
  public static UplinkFrameSet uplink(
      long frequencyHz, int sf, int bw, Instant at, byte[] phy, UplinkRxInfo... rx) {
    return new UplinkFrameSet(UUID.nameUUIDFromBytes(phy), phy,
        new UplinkTxInfo(frequencyHz, new LoraModulation(bw, sf, CodeRate.CR_4_5, false)),
        List.of(rx), at);
  }

  /** An EU868 uplink at 868.1 MHz SF12 (DR0) with one reception. */
  public static UplinkFrameSet eu868Uplink(double snr, Instant at) {
    return uplink(868_100_000, 12, 125_000, at, new byte[] {0x40}, rx(1, snr, -80, at));
  }

  /** An EU868 uplink at 868.1 MHz SF12 (DR0) of these bytes, one reception at SNR 5 dB. */
  public static UplinkFrameSet eu868UplinkOf(byte[] phy, Instant at) {
    return uplink(868_100_000, 12, 125_000, at, phy, rx(1, 5, -80, at));
  }

  public static MacContext context(
      DeviceSession s, DeviceProfile p, UplinkFrameSet up, int dr, ApplicationEvents events) {
    return new MacContext(s, p, Regions.get(s.region()), up, dr, NetworkSettings.defaults(),
        events, up.receivedAt().plusMillis(100));
  }
}
