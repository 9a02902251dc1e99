package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.ResetInd;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After ChirpStack's {@code reset.rs} test. */
class ResetIndHandlerTest {

  private static final DeviceProfile ABP = new DeviceProfile(UUID.randomUUID(), "abp",
      RegionId.EU868, MacVersion.LORAWAN_1_1_0, null, false, true, false, 60, 1, 60, 1, 0, 0,
      868_300_000, 16, null, 3600, 0, false);

  private static DeviceSession changed() {
    BitSet two = new BitSet();
    two.set(0, 2);
    return DeviceSideHandlersFixture.eu868().txPowerIndex(3).maxSupportedTxPowerIndex(5)
        .extraUplinkChannels(List.of(new Channel(867_100_000, 0, 5))).rx1Delay(3)
        .rx1DrOffset(1).rx2Dr(5).rx2FrequencyHz(868_900_000).enabledUplinkChannels(two)
        .nbTrans(3).dr(4);
  }

  @Test
  void abp_device_gets_its_boot_parameters_back_and_reset_conf_1_1() {
    DeviceSession s = changed();

    MacOutcome out = new ResetIndHandler().handle(DeviceSideHandlersFixture.context(s, ABP),
        List.of(new ResetInd(1)), List.of());

    assertEquals("0101", Hex.encode(MacCommandCodec.encode(out.answers())));
    assertTrue(out.mustRespond());
    BitSet defaults = new BitSet();
    defaults.set(0, 3);
    assertEquals(1, s.rx1Delay());
    assertEquals(0, s.rx1DrOffset());
    assertEquals(0, s.rx2Dr());
    assertEquals(868_300_000, s.rx2FrequencyHz());
    assertEquals(0, s.txPowerIndex());
    assertEquals(0, s.dr());
    assertEquals(0, s.maxSupportedTxPowerIndex());
    assertEquals(1, s.nbTrans());
    assertEquals(defaults, s.enabledUplinkChannels());
    assertEquals(List.of(), s.extraUplinkChannels());
    assertEquals(64, s.pingSlotNb());
  }

  @Test
  void otaa_device_is_ignored() {
    DeviceSession s = changed();

    MacOutcome out = new ResetIndHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new ResetInd(1)), List.of());

    assertEquals(List.of(), out.answers());
    assertEquals(3, s.rx1Delay());
    assertEquals(3, s.txPowerIndex());
  }
}
