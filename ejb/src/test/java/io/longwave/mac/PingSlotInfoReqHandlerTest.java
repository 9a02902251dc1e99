package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.PingSlotInfoReq;
import io.longwave.session.DeviceSession;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PingSlotInfoReqHandlerTest {

  @ParameterizedTest(name = "periodicity {0} -> pingNb {1}")
  @CsvSource({"0, 128", "1, 64", "4, 8", "7, 1"})
  void sets_the_ping_slot_count_and_answers(int periodicity, int pingNb) {
    DeviceSession s = DeviceSideHandlersFixture.eu868();

    MacOutcome out = new PingSlotInfoReqHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new PingSlotInfoReq(periodicity)), List.of());

    assertEquals(pingNb, s.pingSlotNb());
    assertEquals("10", Hex.encode(MacCommandCodec.encode(out.answers())));
    assertTrue(out.mustRespond());
  }
}
