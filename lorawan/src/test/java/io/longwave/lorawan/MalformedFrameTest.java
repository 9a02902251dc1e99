package io.longwave.lorawan;

import static io.longwave.lorawan.PhyPayloadCodecTest.h;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad frames: each is refused with a {@link LorawanFormatException} that says why. */
class MalformedFrameTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("empty", "", "at least the MHDR"),
        Arguments.of("data frame of 4 bytes", "40010203", "5 bytes), got 4"),
        Arguments.of("Major 1", "41" + "0403020180010001a694642615d6c3b582", "Major must be 0"),
        Arguments.of("Major 3", "03" + "0403020104030201050403020504030205" + "01020304",
            "Major must be 0"),
        Arguments.of("FHDR cut short", "40" + "040302018001" + "01020304",
            "at least 7 bytes (FHDR), got 6"),
        Arguments.of("FOptsLen beyond the frame", "40" + "0403020185" + "0100" + "0102"
            + "01020304", "FOptsLen is 5 but only 2 bytes"),
        Arguments.of("FOpts with FPort 0", "40" + "0403020102" + "0100" + "0203" + "00" + "ff"
            + "01020304", "must not come with FOpts"),
        Arguments.of("join-request of 17 bytes", "00" + "0101010101010101020202020202020203"
            + "01020304", "has 18 bytes, got 17"),
        Arguments.of("join-request of 19 bytes", "00" + "01010101010101010202020202020202030303"
            + "01020304", "has 18 bytes, got 19"),
        Arguments.of("join-accept of 13 bytes", "20" + "493eeb51fba2116f810edb3700" + "42975142",
            "12 or 28 bytes before the MIC, got 13"),
        Arguments.of("rejoin type 3", "c0" + "03030201" + "0807060504030201" + "db00"
            + "01020304", "rejoin type must be 0, 1 or 2, got 3"),
        Arguments.of("rejoin type 0 of 19 bytes", "c0" + "00" + "0807060504030201"
            + "0102030405060708" + "db00" + "01020304", "type 0 has 14 bytes, got 19"),
        Arguments.of("rejoin type 1 of 14 bytes", "c0" + "01030201" + "0807060504030201" + "db00"
            + "01020304", "type 1 has 19 bytes, got 14"),
        Arguments.of("rejoin without payload", "c0" + "01020304", "empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects_the_frame_with_a_reason(String description, String hex, String reason) {
    LorawanFormatException e =
        assertThrows(LorawanFormatException.class, () -> PhyPayload.decode(h(hex)));
    assertTrue(e.getMessage().contains(reason), () -> "message was: " + e.getMessage());
  }

  @Test
  void rejects_null() {
    assertThrows(LorawanFormatException.class, () -> PhyPayload.decode(null));
    assertThrows(LorawanFormatException.class, () -> JoinAcceptPayload.decode(null));
  }

  @Test
  void rejects_frmpayload_without_fport_when_built() {
    Fhdr fhdr = Fhdr.of(DevAddr.parse("01020304"), FCtrl.Uplink.of(false, false, false, false), 0,
        new byte[0]);
    LorawanFormatException e = assertThrows(LorawanFormatException.class,
        () -> new MacPayload(fhdr, MacPayload.NO_F_PORT, new byte[] {1}));
    assertTrue(e.getMessage().contains("needs an FPort"), e.getMessage());
    assertThrows(LorawanFormatException.class, () -> new MacPayload(fhdr, 256, new byte[0]));
  }

  @Test
  void rejects_inconsistent_or_oversized_fhdr_fields() {
    DevAddr a = DevAddr.parse("01020304");
    assertThrows(LorawanFormatException.class,
        () -> new Fhdr(a, FCtrl.Uplink.of(false, false, false, false), 0, new byte[2]));
    assertThrows(LorawanFormatException.class,
        () -> Fhdr.of(a, FCtrl.Uplink.of(false, false, false, false), 0, new byte[16]));
    assertThrows(LorawanFormatException.class,
        () -> Fhdr.of(a, FCtrl.Uplink.of(false, false, false, false), 0x10000, new byte[0]));
    assertThrows(LorawanFormatException.class,
        () -> new RejoinRequestPayload.Type02(1, new NetId(0), new Eui64(0), 0));
    assertThrows(LorawanFormatException.class,
        () -> new RejoinRequestPayload.Type1(new Eui64(0), new Eui64(0), 0x10000));
  }
}
