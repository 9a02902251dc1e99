package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceClass;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.DeviceModeInd;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.session.DeviceSession;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceModeIndHandlerTest {

  @ParameterizedTest(name = "class value {0} -> {1}, conf {2}")
  @CsvSource({"0, A, 2000", "2, C, 2002", "1, B, 2001"})
  void switches_the_session_class_and_confirms(int value, DeviceClass expected, String hex) {
    DeviceSession s = DeviceSideHandlersFixture.eu868().deviceClass(DeviceClass.B);

    MacOutcome out = new DeviceModeIndHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new DeviceModeInd(value)), List.of());

    assertEquals(expected, s.deviceClass());
    assertEquals(hex, Hex.encode(MacCommandCodec.encode(out.answers())));
    assertTrue(out.mustRespond());
  }
}
