package io.longwave.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkConfigurationTest {

  private static NetworkConfiguration read(Map<String, String> keys) {
    return NetworkConfiguration.read(keys::get);
  }

  @Test
  void withoutKeysEveryRegionGetsChirpStacksDefaults() {
    NetworkConfiguration c = read(Map.of());
    for (RegionId id : RegionId.values()) {
      assertEquals(NetworkRegionSettings.defaults().rx1Delay(), c.regions().apply(id).rx1Delay());
      assertEquals(-1, c.regions().apply(id).rx2Dr());
      assertTrue(c.regions().apply(id).extraUplinkChannels().isEmpty());
      assertNull(c.regions().apply(id).enabledUplinkChannels());
    }
  }

  @Test
  void aRegionsOwnKeyWinsOverTheInstanceWideOne() {
    NetworkConfiguration c = read(Map.of(
        "longwave.network.rx1-delay", "3",
        "longwave.network.region.eu868.rx1-delay", "5",
        "longwave.network.region.as923_2.rx2-dr", "2"));
    assertEquals(5, c.regions().apply(RegionId.EU868).rx1Delay());
    assertEquals(3, c.regions().apply(RegionId.US915).rx1Delay());
    assertEquals(2, c.regions().apply(RegionId.AS923_2).rx2Dr());
    assertEquals(-1, c.regions().apply(RegionId.AS923).rx2Dr());
  }

  @Test
  void extraChannelsOfADynamicPlan() {
    NetworkConfiguration c = read(Map.of(
        "longwave.network.region.eu868.extra-channels", "867100000:0-5, 867300000:0-5"));
    assertEquals(
        List.of(new Channel(867_100_000L, 0, 5), new Channel(867_300_000L, 0, 5)),
        c.regions().apply(RegionId.EU868).extraUplinkChannels());
    assertTrue(c.regions().apply(RegionId.IN865).extraUplinkChannels().isEmpty());
  }

  @Test
  void enabledChannelsOfAFixedPlan() {
    NetworkConfiguration c = read(Map.of(
        "longwave.network.region.us915.enabled-uplink-channels", "8-15,65"));
    BitSet expected = new BitSet();
    expected.set(8, 16);
    expected.set(65);
    assertEquals(expected, c.regions().apply(RegionId.US915).enabledUplinkChannels());
    assertNull(c.regions().apply(RegionId.AU915).enabledUplinkChannels());
  }

  @Test
  void badValuesNameTheKeyThatGaveThem() {
    assertMessage("longwave.network.region.eu868.rx1-delay",
        Map.of("longwave.network.region.eu868.rx1-delay", "16"));
    assertMessage("longwave.network.rx2-dr", Map.of("longwave.network.rx2-dr", "x"));
    assertMessage("longwave.network.region.eu868.extra-channels",
        Map.of("longwave.network.region.eu868.extra-channels", "867100000"));
    assertMessage("fixed channel plan",
        Map.of("longwave.network.region.us915.extra-channels", "903000000:0-3"));
    assertMessage("dynamic channel plan",
        Map.of("longwave.network.region.eu868.enabled-uplink-channels", "0-2"));
    assertMessage("out of range",
        Map.of("longwave.network.region.us915.enabled-uplink-channels", "0-72"));
    assertMessage("at most 5",
        Map.of("longwave.network.region.eu868.extra-channels",
            "867100000:0-5,867300000:0-5,867500000:0-5,867700000:0-5,867900000:0-5,"
                + "868800000:7-7"));
  }

  private static void assertMessage(String fragment, Map<String, String> keys) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(keys));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
