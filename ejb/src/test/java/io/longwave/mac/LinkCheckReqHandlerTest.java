package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.LinkCheckReq;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.RecordingApplicationEvents;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkCheckReqHandlerTest {

  static Stream<Arguments> uplinks() {
    return Stream.of(
        Arguments.of("SF12 at +5 dB: 25 dB above -20", 12, new double[] {5},
            new LinkCheckAns(25, 1), "021901"),
        Arguments.of("SF7 two gateways, best 5.5 dB: 13 dB above -7.5", 7, new double[] {5.5, 1},
            new LinkCheckAns(13, 2), "020d02"),
        Arguments.of("SF7 below the floor: margin 0", 7, new double[] {-10}, new LinkCheckAns(0, 1),
            "020001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uplinks")
  void answers_with_margin_above_the_floor_and_gateway_count(
      String description, int sf, double[] snrs, LinkCheckAns expected, String hex) {
    UplinkRxInfo[] rx = new UplinkRxInfo[snrs.length];
    for (int i = 0; i < snrs.length; i++) {
      rx[i] = MacFixture.rx(i + 1, snrs[i], -90, MacFixture.T0);
    }
    MacContext ctx = MacFixture.context(MacFixture.session(RegionId.EU868),
        MacFixture.profile(RegionId.EU868),
        MacFixture.uplink(868_100_000, sf, 125_000, MacFixture.T0, new byte[] {1}, rx), 12 - sf,
        new RecordingApplicationEvents());

    MacOutcome out = new LinkCheckReqHandler().handle(ctx, List.of(new LinkCheckReq()), List.of());

    assertEquals(List.of(expected), out.answers());
    assertEquals(hex, Hex.encode(MacCommandCodec.encode(out.answers())));
    assertTrue(out.mustRespond());
  }
}
