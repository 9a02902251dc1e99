package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceProfileFieldsTest {

  private static final UUID ID = UUID.fromString("0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11");

  @Test
  void a_profile_read_into_the_form_comes_back_unchanged() {
    DeviceProfileDetails details = new DeviceProfileDetails(7L, 3, 3, 869_525_000,
        List.of(868_100_000L, 868_300_000L), 10, false,
        new PayloadCodec(PayloadCodec.Type.CUSTOM_JS, "function Encode(){}", "function Decode(){}"),
        Map.of("site", "north"));
    DeviceProfile p = new DeviceProfile(ID, "class-b", RegionId.EU868, MacVersion.LORAWAN_1_0_4,
        "RP002-1.0.1", false, true, true, 30, 4, 20, 5, 2, 3, 869_525_000, 14, "lr-fhss", 900, 0,
        true, details).withGeolocation(true, 60, 3);
    DeviceProfileFields f = new DeviceProfileFields();
    f.read(p);
    assertEquals("868100000, 868300000", f.getFactoryPresetFreqs());
    assertEquals("site=north", f.getTags());
    assertEquals(p, f.toProfile(ID, 7L, details));
  }

  @Test
  void scripts_count_only_for_the_javascript_codec_and_the_period_only_for_class_b() {
    DeviceProfileFields f = new DeviceProfileFields();
    f.setName(" sensors ");
    f.setCodec("CAYENNE_LPP");
    f.setDecoderScript("function Decode(){}");
    f.setPingSlotPeriodicity(5);
    DeviceProfile p = f.toProfile(ID, 7L, null);
    assertEquals("sensors", p.name());
    assertEquals(new PayloadCodec(PayloadCodec.Type.CAYENNE_LPP, "", ""), p.details().codec());
    assertEquals(0, p.pingSlotPeriodicity());
    assertEquals(DeviceProfileDetails.BUILT_IN_NETWORK_SERVER, p.details().networkServerId());
    assertTrue(p.supportsOtaa());
  }

  @Test
  void frequencies_are_split_by_commas_and_spaces_and_a_malformed_one_is_named() {
    assertEquals(List.of(1L, 2L, 3L), DeviceProfileFields.frequencies(" 1, 2\n3 "));
    assertEquals(List.of(), DeviceProfileFields.frequencies("  "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeviceProfileFields.frequencies("868.1"));
    assertTrue(e.getMessage().contains("868.1"), e.getMessage());
  }

  @Test
  void ping_slot_periods_are_labelled_in_seconds() {
    assertEquals(8, PingSlotPeriod.options().size());
    assertEquals("every second", PingSlotPeriod.label(0));
    assertEquals("every 128 seconds", PingSlotPeriod.label(7));
    assertThrows(IllegalArgumentException.class, () -> PingSlotPeriod.label(8));
  }
}
