package io.longwave.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UplinkRouterTest {

  static final String MIC = "01020304";
  static final Aes128Key ONES = Aes128Key.parse("01010101010101010101010101010101");

  /** {description, PHYPayload hex, where it goes: join, rejoin, or the drop reason counted}. */
  static Stream<Arguments> frames() {
    return Stream.of(
        Arguments.of("a join-request goes to the join flow",
            "00" + "0807060504030201" + "0102030405060708" + "0100" + MIC, "join"),
        Arguments.of("a rejoin-request type 0 goes to the rejoin flow",
            "c0" + "00" + "010203" + "0102030405060708" + "0100" + MIC, "rejoin"),
        Arguments.of("a rejoin-request type 1 goes to the rejoin flow",
            "c0" + "01" + "0807060504030201" + "0102030405060708" + "0100" + MIC, "rejoin"),
        Arguments.of("a data uplink goes to the data flow (here: no session)",
            "40" + "04030201" + "00" + "0000" + MIC, UplinkDrops.UNKNOWN_DEV_ADDR),
        Arguments.of("a confirmed data uplink goes to the data flow (here: no session)",
            "80" + "04030201" + "00" + "0000" + MIC, UplinkDrops.UNKNOWN_DEV_ADDR),
        Arguments.of("a proprietary frame is counted and ignored", "e0" + "cafe",
            UplinkDrops.PROPRIETARY),
        Arguments.of("a join-accept is a downlink type", "20" + "00".repeat(12) + MIC,
            UplinkDrops.DOWNLINK_MTYPE),
        Arguments.of("unconfirmed data down is a downlink type",
            "60" + "04030201" + "00" + "0000" + MIC, UplinkDrops.DOWNLINK_MTYPE),
        Arguments.of("confirmed data down is a downlink type",
            "a0" + "04030201" + "00" + "0000" + MIC, UplinkDrops.DOWNLINK_MTYPE),
        Arguments.of("an empty PHYPayload is invalid", "", UplinkDrops.INVALID_PHY_PAYLOAD),
        Arguments.of("a data uplink cut inside the FHDR is invalid", "40" + "040302" + MIC,
            UplinkDrops.INVALID_PHY_PAYLOAD),
        Arguments.of("an FOptsLen beyond the frame is invalid",
            "40" + "04030201" + "0f" + "0000" + MIC, UplinkDrops.INVALID_PHY_PAYLOAD),
        Arguments.of("a Major other than LoRaWAN R1 is invalid",
            "41" + "04030201" + "00" + "0000" + MIC, UplinkDrops.INVALID_PHY_PAYLOAD),
        Arguments.of("a rejoin type 3 is invalid", "c0" + "03" + "00".repeat(13) + MIC,
            UplinkDrops.INVALID_PHY_PAYLOAD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void routes_uplinks_by_mtype(String description, String hex, String expected) {
    DataUplinkFixture data = new DataUplinkFixture();
    List<MType> joins = new ArrayList<>();
    List<MType> rejoins = new ArrayList<>();
    UplinkRouter router = new UplinkRouter((u, p) -> joins.add(p.mType()), data.flow,
        (u, p) -> rejoins.add(p.mType()), data.drops);
    byte[] phy = Hex.decode(hex, "test frame");
    UplinkFrameSet uplink = GivenDataUplink.lorawan10(DevAddr.parse("01020304"),
        new Lorawan10SessionKeys(ONES, ONES)).frameSetOf(phy);

    router.route(uplink);

    assertEquals(expected.equals("join") ? List.of(MType.JOIN_REQUEST) : List.of(), joins);
    assertEquals(expected.equals("rejoin") ? List.of(MType.REJOIN_REQUEST) : List.of(), rejoins);
    Map<String, Long> drops = data.drops.snapshot();
    if (expected.equals("join") || expected.equals("rejoin")) {
      assertEquals(Map.of(), drops);
    } else {
      assertEquals(Map.of(expected, 1L), drops);
    }
  }
}
