package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RxTimingSetupAnsHandlerTest {

  @ParameterizedTest(name = "Del {0} -> {1} s")
  @CsvSource({"0, 1", "1, 1", "5, 5", "15, 15"})
  void the_answer_applies_the_requested_rx1_delay(int del, int seconds) {
    DeviceSession s = MacFixture.session(RegionId.EU868).rx1Delay(3);
    MacContext ctx = MacFixture.context(s, MacFixture.profile(RegionId.EU868),
        MacFixture.eu868Uplink(5, MacFixture.T0), 0, new RecordingApplicationEvents());

    new RxTimingSetupAnsHandler()
        .handle(ctx, List.of(new RxTimingSetupAns()), List.of(new RxTimingSetupReq(del)));

    assertEquals(seconds, s.rx1Delay());
  }
}
