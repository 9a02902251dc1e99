package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.event.StatusEvent;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DevStatusAnsHandlerTest {

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("full battery (ChirpStack dev_status.rs: 254 is 100 %)",
            new DevStatusAns(254, 10), new StatusEvent(MacFixture.DEV_EUI, 10, false, false, 100f)),
        Arguments.of("half battery, negative margin", new DevStatusAns(127, -5),
            new StatusEvent(MacFixture.DEV_EUI, -5, false, false, 50f)),
        Arguments.of("external power", new DevStatusAns(0, 3),
            new StatusEvent(MacFixture.DEV_EUI, 3, true, false, -1f)),
        Arguments.of("battery unknown", new DevStatusAns(255, 31),
            new StatusEvent(MacFixture.DEV_EUI, 31, false, true, -1f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void stores_battery_and_margin_and_reports_a_status_event(
      String description, DevStatusAns ans, StatusEvent expected) {
    DeviceSession s = MacFixture.session(RegionId.EU868);
    RecordingApplicationEvents events = new RecordingApplicationEvents();
    MacContext ctx = MacFixture.context(s, MacFixture.profile(RegionId.EU868),
        MacFixture.eu868Uplink(5, MacFixture.T0), 0, events);

    new DevStatusAnsHandler().handle(ctx, List.of(ans), List.of(new DevStatusReq()));

    assertEquals(ans.battery(), s.battery());
    assertEquals(ans.margin(), s.margin());
    assertEquals(List.of(expected), events.of(StatusEvent.class));
  }
}
