package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.DeviceTimeAns;
import io.longwave.lorawan.mac.DeviceTimeReq;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.RecordingApplicationEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceTimeReqHandlerTest {

  private static final Instant GPS_EPOCH = Instant.parse("1980-01-06T00:00:00Z");
  /** 2024-03-01T12:00:00Z in GPS seconds: 18 leap seconds since the GPS epoch. */
  private static final long GPS_2024 =
      Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() - GPS_EPOCH.getEpochSecond() + 18;

  static Stream<Arguments> receptions() {
    GatewayId gw = new GatewayId(1);
    Instant t = Instant.parse("2024-03-01T12:00:00Z");
    return Stream.of(
        Arguments.of("the gateway's time since the GPS epoch",
            UplinkRxInfo.builder(gw)
                .timeSinceGpsEpoch(Duration.ofSeconds(1_000_000_000, 500_000_000))
                .gwTime(t).build(),
            new DeviceTimeAns(1_000_000_000L, 128), "0d00ca9a3b80"),
        Arguments.of("the gateway time converted with the leap seconds",
            UplinkRxInfo.builder(gw).gwTime(t.plusMillis(250)).nsTime(t.plusSeconds(9)).build(),
            new DeviceTimeAns(GPS_2024, 64), null),
        Arguments.of("the network server's reception time without a gateway time",
            UplinkRxInfo.builder(gw).nsTime(t).build(), new DeviceTimeAns(GPS_2024, 0), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receptions")
  void answers_with_the_gps_time_of_the_reception(
      String description, UplinkRxInfo rx, DeviceTimeAns expected, String hex) {
    MacContext ctx = MacFixture.context(MacFixture.session(RegionId.EU868),
        MacFixture.profile(RegionId.EU868),
        MacFixture.uplink(868_100_000, 7, 125_000, MacFixture.T0, new byte[] {1}, rx), 5,
        new RecordingApplicationEvents());

    MacOutcome out =
        new DeviceTimeReqHandler().handle(ctx, List.of(new DeviceTimeReq()), List.of());

    assertEquals(List.of(expected), out.answers());
    assertTrue(out.mustRespond());
    if (hex != null) {
      assertEquals(hex, Hex.encode(MacCommandCodec.encode(out.answers())));
    }
  }
}
