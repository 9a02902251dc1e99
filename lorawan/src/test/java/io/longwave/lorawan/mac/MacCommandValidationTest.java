package io.longwave.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Constructors reject values their fields cannot carry, naming the command and the field. */
class MacCommandValidationTest {

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        bad(() -> new LinkAdrReq(16, 0, 0, 0, 0), "LinkADRReq DataRate must be 0..15, got 16"),
        bad(() -> new LinkAdrReq(0, 16, 0, 0, 0), "LinkADRReq TXPower must be 0..15, got 16"),
        bad(
            () -> new LinkAdrReq(0, 0, 0x10000, 0, 0),
            "LinkADRReq ChMask must be 0..65535, got 65536"),
        bad(() -> new LinkAdrReq(0, 0, -1, 0, 0), "LinkADRReq ChMask must be 0..65535, got -1"),
        bad(() -> new LinkAdrReq(0, 0, 0, 8, 0), "LinkADRReq ChMaskCntl must be 0..7, got 8"),
        bad(() -> new LinkAdrReq(0, 0, 0, 0, 16), "LinkADRReq NbTrans must be 0..15, got 16"),
        bad(
            () -> new LinkAdrReq(0, 0, 0, 0, 0, 0x40),
            "LinkADRReq RFU bits must lie within 0x80, got 0x40"),
        bad(
            () -> new LinkAdrAns(true, true, true, 0x01),
            "LinkADRAns RFU bits must lie within 0xf8, got 0x1"),
        bad(() -> new LinkCheckAns(256, 0), "LinkCheckAns Margin must be 0..255, got 256"),
        bad(() -> new LinkCheckAns(0, -1), "LinkCheckAns GwCnt must be 0..255, got -1"),
        bad(() -> new DevStatusAns(256, 0), "DevStatusAns Battery must be 0..255, got 256"),
        bad(() -> new DevStatusAns(0, 32), "DevStatusAns Margin must be -32..31, got 32"),
        bad(() -> new DevStatusAns(0, -33), "DevStatusAns Margin must be -32..31, got -33"),
        bad(() -> new DutyCycleReq(16), "DutyCycleReq MaxDutyCycle must be 0..15, got 16"),
        bad(
            () -> new NewChannelReq(0, 868100050, 5, 0),
            "NewChannelReq frequency must be a multiple of 100 Hz from 0 to 1677721500 Hz, got"
                + " 868100050"),
        bad(
            () -> new NewChannelReq(0, 1677721600, 5, 0),
            "NewChannelReq frequency must be a multiple of 100 Hz from 0 to 1677721500 Hz, got"
                + " 1677721600"),
        bad(() -> new NewChannelReq(256, 0, 5, 0), "NewChannelReq ChIndex must be 0..255, got 256"),
        bad(() -> new NewChannelReq(0, 0, 16, 0), "NewChannelReq MaxDR must be 0..15, got 16"),
        bad(() -> new NewChannelReq(0, 0, 0, 16), "NewChannelReq MinDR must be 0..15, got 16"),
        bad(
            () -> new DlChannelReq(0, 868100099),
            "DlChannelReq frequency must be a multiple of 100 Hz from 0 to 1677721500 Hz, got"
                + " 868100099"),
        bad(() -> new RxParamSetupReq(8, 0, 0), "RXParamSetupReq RX1DRoffset must be 0..7, got 8"),
        bad(
            () -> new RxParamSetupReq(0, 16, 0),
            "RXParamSetupReq RX2DataRate must be 0..15, got 16"),
        bad(() -> new RxTimingSetupReq(16), "RXTimingSetupReq Del must be 0..15, got 16"),
        bad(
            () -> new TxParamSetupReq(false, false, 16),
            "TxParamSetupReq MaxEIRP must be 0..15, got 16"),
        bad(() -> new ResetInd(16), "ResetInd Minor must be 0..15, got 16"),
        bad(() -> new RekeyConf(1, 0x0f), "RekeyConf RFU bits must lie within 0xf0, got 0xf"),
        bad(() -> new AdrParamSetupReq(16, 0), "ADRParamSetupReq Limit_exp must be 0..15, got 16"),
        bad(() -> new AdrParamSetupReq(0, 16), "ADRParamSetupReq Delay_exp must be 0..15, got 16"),
        bad(
            () -> new DeviceTimeAns(1L << 32, 0),
            "DeviceTimeAns seconds since epoch must be 0..4294967295, got 4294967296"),
        bad(
            () -> new DeviceTimeAns(0, 256),
            "DeviceTimeAns fractional second must be 0..255, got 256"),
        bad(() -> new ForceRejoinReq(8, 0, 0, 0), "ForceRejoinReq Period must be 0..7, got 8"),
        bad(() -> new ForceRejoinReq(0, 8, 0, 0), "ForceRejoinReq Max_Retries must be 0..7, got 8"),
        bad(() -> new ForceRejoinReq(0, 0, 8, 0), "ForceRejoinReq RejoinType must be 0..7, got 8"),
        bad(() -> new ForceRejoinReq(0, 0, 0, 16), "ForceRejoinReq DR must be 0..15, got 16"),
        bad(
            () -> new RejoinParamSetupReq(16, 0),
            "RejoinParamSetupReq MaxTimeN must be 0..15, got 16"),
        bad(
            () -> new RejoinParamSetupReq(0, 16),
            "RejoinParamSetupReq MaxCountN must be 0..15, got 16"),
        bad(() -> new PingSlotInfoReq(8), "PingSlotInfoReq Periodicity must be 0..7, got 8"),
        bad(
            () -> new PingSlotChannelReq(868100000, 16),
            "PingSlotChannelReq data rate must be 0..15, got 16"),
        bad(
            () -> new BeaconFreqReq(101),
            "BeaconFreqReq frequency must be a multiple of 100 Hz from 0 to 1677721500 Hz, got"
                + " 101"),
        bad(
            () -> new BeaconTimingAns(0x10000, 0),
            "BeaconTimingAns Delay must be 0..65535, got 65536"),
        bad(() -> new DeviceModeInd(256), "DeviceModeInd Class must be 0..255, got 256"),
        bad(
            () -> new Proprietary(0x7f, new byte[0]),
            "a proprietary MAC command has a CID from 0x80 to 0xff, got 127"),
        bad(
            () -> new Unknown(0x80, new byte[0]),
            "an unknown MAC command has a CID from 0x00 to 0x7f, got 128"),
        bad(() -> new Proprietary(0x80, null), "proprietary MAC command payload is missing"));
  }

  private static Arguments bad(Executable construction, String message) {
    return Arguments.of(message, construction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfRange")
  void constructor_rejects_out_of_range_field(String message, Executable construction) {
    LorawanFormatException e = assertThrows(LorawanFormatException.class, construction);
    assertEquals(message, e.getMessage());
  }
}
