package io.longwave.downlink.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Downlink frames built in plain text, then encrypted and MIC'd, against published vectors. */
class DownlinkFrameCryptoTest {

  private static final DevAddr ADDR = DevAddr.parse("01020304");

  private static DeviceSession lorawan11() {
    return new DeviceSession(Eui64.parse("0102030405060708"), ADDR, MacVersion.LORAWAN_1_1_0,
        RegionId.EU868, Aes128Key.parse("01010101010101010101010101010300"),
        Aes128Key.parse("01010101010101010101010101010100"),
        Aes128Key.parse("01010101010101010101010101010200"),
        Aes128Key.parse("100f0e0d0c0b0a090807060504030201"), Instant.EPOCH, 0);
  }

  /** {description, FOpts, FPort, FRMPayload, fCnt, expected PHYPayload}. */
  static Stream<Arguments> vectors() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.1 downlink with encrypted FOpts (AFCntDown)",
            "020701", 1, "01020304", 0, "600403020103000022ac0a01f0b468ddaa5ed13a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encrypts_and_signs_a_lorawan_1_1_downlink_as_the_vector_says(
      String description, String fOpts, int fPort, String frm, int fCnt, String expected) {
    DeviceSession s = lorawan11();
    PhyPayload plain = DownlinkFrames.plain(ADDR, MType.UNCONFIRMED_DATA_DOWN,
        FCtrl.Downlink.of(false, false, false), fCnt, Hex.decode(fOpts, "FOpts"), fPort,
        Hex.decode(frm, "FRMPayload"));
    byte[] frame = plain.encode();
    DownlinkFrameCrypto.encryptPayload(s, plain, frame, fCnt);
    DownlinkFrameCrypto.setMic(s, frame, fCnt, 0);

    assertEquals(expected, Hex.encode(frame));
  }
}
