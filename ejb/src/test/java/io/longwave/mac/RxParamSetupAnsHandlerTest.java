package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RxParamSetupAnsHandlerTest {

  private static final RxParamSetupReq REQ = new RxParamSetupReq(2, 3, 869_525_000);

  private static DeviceSession handle(RxParamSetupAns ans) {
    DeviceSession s = MacFixture.session(RegionId.EU868);
    MacContext ctx = MacFixture.context(s, MacFixture.profile(RegionId.EU868),
        MacFixture.eu868Uplink(5, MacFixture.T0), 0, new RecordingApplicationEvents());
    new RxParamSetupAnsHandler().handle(ctx, List.of(ans), List.of(REQ));
    return s;
  }

  @Test
  void all_acks_apply_rx1_offset_rx2_data_rate_and_frequency() {
    DeviceSession s = handle(new RxParamSetupAns(true, true, true));

    assertEquals(2, s.rx1DrOffset());
    assertEquals(3, s.rx2Dr());
    assertEquals(869_525_000, s.rx2FrequencyHz());
    assertEquals(Map.of(), s.macCommandErrorCount());
  }

  @Test
  void a_rejected_rx2_data_rate_changes_nothing_and_counts_an_error() {
    DeviceSession s = handle(new RxParamSetupAns(true, false, true));

    assertEquals(0, s.rx1DrOffset());
    assertEquals(0, s.rx2Dr());
    assertEquals(869_525_000, s.rx2FrequencyHz());
    assertEquals(Map.of(5, 1), s.macCommandErrorCount());
  }
}
