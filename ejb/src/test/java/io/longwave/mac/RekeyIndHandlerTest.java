package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.RekeyInd;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RekeyIndHandlerTest {

  @ParameterizedTest(name = "device minor {0} -> RekeyConf {1}")
  @CsvSource({"1, 0b01", "2, 0b01", "0, 0b00"})
  void confirms_with_the_lower_minor_version(int minor, String hex) {
    MacOutcome out = new RekeyIndHandler().handle(
        DeviceSideHandlersFixture.context(DeviceSideHandlersFixture.eu868()),
        List.of(new RekeyInd(minor)), List.of());

    assertEquals(hex, Hex.encode(MacCommandCodec.encode(out.answers())));
    assertTrue(out.mustRespond());
  }
}
