package io.longwave.lorawan.mac;

import static io.longwave.lorawan.Direction.DOWNLINK;
import static io.longwave.lorawan.Direction.UPLINK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Hex;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per command and direction: {name, direction, command, hex}. Sources: [cs] chirpstack
 * lrwn/src/maccommand.rs test_maccommand_set; [bl] brocaar/lorawan mac_commands_test.go; [ttn]
 * TheThingsNetwork/lorawan-stack pkg/encoding/lorawan MAC tests; [spec] worked from the field
 * layouts of LoRaWAN 1.1 §5, §14 and §18.
 */
class MacCommandVectorsTest {

  static Stream<Arguments> vectors() {
    return Stream.of(
        // 0x01
        row("ResetInd 1.1 [cs]", UPLINK, new ResetInd(1), "0101"),
        row("ResetInd keeps RFU bits [spec]", UPLINK, new ResetInd(1, 0xf0), "01f1"),
        row("ResetConf 1.1 [cs]", DOWNLINK, new ResetConf(1), "0101"),
        // 0x02
        row("LinkCheckReq [cs]", UPLINK, new LinkCheckReq(), "02"),
        row(
            "LinkCheckAns margin 10 gwCnt 15 [cs][bl]",
            DOWNLINK,
            new LinkCheckAns(10, 15),
            "020a0f"),
        row("LinkCheckAns margin 20 gwCnt 3 [ttn]", DOWNLINK, new LinkCheckAns(20, 3), "021403"),
        // 0x03
        row(
            "LinkADRReq dr 1 txPower 2 channel 3 cntl 4 nbTrans 5 [cs][bl]",
            DOWNLINK,
            new LinkAdrReq(1, 2, 0x0004, 4, 5),
            "0312040045"),
        row(
            "LinkADRReq channels 1, 2 and 13 [bl]",
            DOWNLINK,
            new LinkAdrReq(0, 0, 0x1003, 0, 0),
            "0300031000"),
        row(
            "LinkADRReq keeps the RFU bit of Redundancy [spec]",
            DOWNLINK,
            new LinkAdrReq(15, 15, 0xffff, 7, 15, 0x80),
            "03ffffffff"),
        row(
            "LinkADRAns channel mask ack [cs][bl]",
            UPLINK,
            new LinkAdrAns(false, false, true),
            "0301"),
        row(
            "LinkADRAns data rate ack [cs][bl]",
            UPLINK,
            new LinkAdrAns(false, true, false),
            "0302"),
        row("LinkADRAns power ack [cs][bl]", UPLINK, new LinkAdrAns(true, false, false), "0304"),
        row("LinkADRAns all acks [cs][bl][ttn]", UPLINK, new LinkAdrAns(true, true, true), "0307"),
        row(
            "LinkADRAns keeps RFU bits [spec]",
            UPLINK,
            new LinkAdrAns(true, true, true, 0xf8),
            "03ff"),
        // 0x04
        row("DutyCycleReq 13 [cs][bl][ttn]", DOWNLINK, new DutyCycleReq(13), "040d"),
        row(
            "DutyCycleReq 0xff as 15 plus RFU [spec]",
            DOWNLINK,
            new DutyCycleReq(15, 0xf0),
            "04ff"),
        row("DutyCycleAns [cs]", UPLINK, new DutyCycleAns(), "04"),
        // 0x05
        row(
            "RXParamSetupReq 26265700 Hz rx2 dr 11 rx1 offset 3 [cs][bl]",
            DOWNLINK,
            new RxParamSetupReq(3, 11, 26265700),
            "053b010204"),
        row(
            "RXParamSetupReq 1677702600 Hz rx2 dr 12 rx1 offset 5 [ttn]",
            DOWNLINK,
            new RxParamSetupReq(5, 12, 1677702600),
            "055c42ffff"),
        row(
            "RXParamSetupReq EU868 RX2 869.525 MHz DR0 [spec]",
            DOWNLINK,
            new RxParamSetupReq(0, 0, 869525000),
            "0500d2ad84"),
        row(
            "RXParamSetupAns channel and rx1 offset ack [cs][ttn]",
            UPLINK,
            new RxParamSetupAns(true, false, true),
            "0505"),
        row("RXParamSetupAns all acks [bl]", UPLINK, new RxParamSetupAns(true, true, true), "0507"),
        // 0x06
        row("DevStatusReq [cs]", DOWNLINK, new DevStatusReq(), "06"),
        row(
            "DevStatusAns battery 0 margin -30 [cs][bl]",
            UPLINK,
            new DevStatusAns(0, -30),
            "060022"),
        row(
            "DevStatusAns battery 255 margin 30 [cs][bl]",
            UPLINK,
            new DevStatusAns(255, 30),
            "06ff1e"),
        row(
            "DevStatusAns battery 127 margin -1 [cs][bl]",
            UPLINK,
            new DevStatusAns(127, -1),
            "067f3f"),
        row(
            "DevStatusAns battery 127 margin 0 [cs][bl]",
            UPLINK,
            new DevStatusAns(127, 0),
            "067f00"),
        row("DevStatusAns margin -32 [spec]", UPLINK, new DevStatusAns(1, -32), "060120"),
        row(
            "DevStatusAns keeps RFU bits [spec]",
            UPLINK,
            new DevStatusAns(254, 31, 0xc0),
            "06fedf"),
        // 0x07
        row(
            "NewChannelReq ch 3 26265700 Hz dr 10..5 [cs][bl]",
            DOWNLINK,
            new NewChannelReq(3, 26265700, 5, 10),
            "07030102045a"),
        row(
            "NewChannelReq ch 15 0x42ffff x 100 Hz dr 2..4 [ttn]",
            DOWNLINK,
            new NewChannelReq(15, 0x42ffff * 100, 4, 2),
            "070fffff4242"),
        row(
            "NewChannelReq frequency 0 disables [ttn]",
            DOWNLINK,
            new NewChannelReq(15, 0, 4, 2),
            "070f00000042"),
        row("NewChannelAns nothing ok [cs][bl]", UPLINK, new NewChannelAns(false, false), "0700"),
        row("NewChannelAns frequency ok [cs][bl]", UPLINK, new NewChannelAns(false, true), "0701"),
        row(
            "NewChannelAns dr range ok [cs][bl][ttn]",
            UPLINK,
            new NewChannelAns(true, false),
            "0702"),
        row("NewChannelAns both ok [cs][bl]", UPLINK, new NewChannelAns(true, true), "0703"),
        // 0x08
        row("RXTimingSetupReq 15 s [cs][bl][ttn]", DOWNLINK, new RxTimingSetupReq(15), "080f"),
        row("RXTimingSetupAns [cs]", UPLINK, new RxTimingSetupAns(), "08"),
        // 0x09
        row(
            "TxParamSetupReq 36 dBm no dwell limit [cs]",
            DOWNLINK,
            new TxParamSetupReq(false, false, 15),
            "090f"),
        row(
            "TxParamSetupReq uplink dwell time [cs]",
            DOWNLINK,
            new TxParamSetupReq(false, true, 15),
            "091f"),
        row(
            "TxParamSetupReq downlink dwell time [cs][ttn]",
            DOWNLINK,
            new TxParamSetupReq(true, false, 15),
            "092f"),
        row("TxParamSetupAns [cs]", UPLINK, new TxParamSetupAns(), "09"),
        // 0x0a
        row(
            "DlChannelReq ch 0 868.1 MHz [cs][bl]",
            DOWNLINK,
            new DlChannelReq(0, 868100000),
            "0a00287684"),
        row(
            "DlChannelReq ch 1 868.2 MHz [cs][bl]",
            DOWNLINK,
            new DlChannelReq(1, 868200000),
            "0a01107a84"),
        row(
            "DlChannelReq ch 4 0x42ffff x 100 Hz [ttn]",
            DOWNLINK,
            new DlChannelReq(4, 0x42ffff * 100),
            "0a04ffff42"),
        row("DlChannelAns nothing ok [cs][bl]", UPLINK, new DlChannelAns(false, false), "0a00"),
        row("DlChannelAns frequency ok [cs][bl]", UPLINK, new DlChannelAns(false, true), "0a01"),
        row(
            "DlChannelAns uplink frequency exists [cs][bl][ttn]",
            UPLINK,
            new DlChannelAns(true, false),
            "0a02"),
        row("DlChannelAns both [cs][bl]", UPLINK, new DlChannelAns(true, true), "0a03"),
        // 0x0b
        row("RekeyInd 1.1 [cs][ttn]", UPLINK, new RekeyInd(1), "0b01"),
        row("RekeyConf 1.1 [cs][ttn]", DOWNLINK, new RekeyConf(1), "0b01"),
        // 0x0c
        row(
            "ADRParamSetupReq limit exp 10 delay exp 15 [cs][bl]",
            DOWNLINK,
            new AdrParamSetupReq(10, 15),
            "0caf"),
        row(
            "ADRParamSetupReq limit 16 delay 4 [ttn]",
            DOWNLINK,
            new AdrParamSetupReq(4, 2),
            "0c42"),
        row("ADRParamSetupAns [cs]", UPLINK, new AdrParamSetupAns(), "0c"),
        // 0x0d
        row("DeviceTimeReq [cs]", UPLINK, new DeviceTimeReq(), "0d"),
        row("DeviceTimeAns 1 s [cs][bl]", DOWNLINK, new DeviceTimeAns(1, 0), "0d0100000000"),
        row(
            "DeviceTimeAns 1 s and 2/256 [cs][bl]",
            DOWNLINK,
            new DeviceTimeAns(1, 2),
            "0d0100000002"),
        row(
            "DeviceTimeAns 0x42ffffff s and 0x42/256 [ttn]",
            DOWNLINK,
            new DeviceTimeAns(0x42ffffffL, 0x42),
            "0dffffff4242"),
        row(
            "DeviceTimeAns largest 32-bit seconds [spec]",
            DOWNLINK,
            new DeviceTimeAns(0xffffffffL, 255),
            "0dffffffffff"),
        // 0x0e
        row(
            "ForceRejoinReq period 3 retries 4 type 2 dr 5 [cs][bl]",
            DOWNLINK,
            new ForceRejoinReq(3, 4, 2, 5),
            "0e251c"),
        row(
            "ForceRejoinReq keeps RFU bits [spec]",
            DOWNLINK,
            new ForceRejoinReq(7, 7, 7, 15, 0xc080),
            "0effff"),
        // 0x0f
        row(
            "RejoinParamSetupReq time 14 count 15 [cs][bl]",
            DOWNLINK,
            new RejoinParamSetupReq(14, 15),
            "0fef"),
        row(
            "RejoinParamSetupReq time 4 count 2 [ttn]",
            DOWNLINK,
            new RejoinParamSetupReq(4, 2),
            "0f42"),
        row(
            "RejoinParamSetupAns time ok [cs][bl][ttn]",
            UPLINK,
            new RejoinParamSetupAns(true),
            "0f01"),
        row(
            "RejoinParamSetupAns time not ok [spec]",
            UPLINK,
            new RejoinParamSetupAns(false),
            "0f00"),
        // 0x10 to 0x13, Class B
        row("PingSlotInfoReq periodicity 3 [cs][bl]", UPLINK, new PingSlotInfoReq(3), "1003"),
        row("PingSlotInfoReq periodicity 7 [ttn]", UPLINK, new PingSlotInfoReq(7), "1007"),
        row("PingSlotInfoAns [cs][ttn]", DOWNLINK, new PingSlotInfoAns(), "10"),
        row(
            "PingSlotChannelReq 868.1 MHz dr 5 [cs][bl]",
            DOWNLINK,
            new PingSlotChannelReq(868100000, 5),
            "1128768405"),
        row(
            "PingSlotChannelReq 0x42ffff x 100 Hz dr 15 [ttn]",
            DOWNLINK,
            new PingSlotChannelReq(0x42ffff * 100, 15),
            "11ffff420f"),
        row(
            "PingSlotChannelAns nothing ok [cs]",
            UPLINK,
            new PingSlotChannelAns(false, false),
            "1100"),
        row(
            "PingSlotChannelAns frequency ok [cs][bl]",
            UPLINK,
            new PingSlotChannelAns(false, true),
            "1101"),
        row(
            "PingSlotChannelAns data rate ok [cs][bl][ttn]",
            UPLINK,
            new PingSlotChannelAns(true, false),
            "1102"),
        row("PingSlotChannelAns both [cs][bl]", UPLINK, new PingSlotChannelAns(true, true), "1103"),
        row("BeaconTimingReq [ttn]", UPLINK, new BeaconTimingReq(), "12"),
        row(
            "BeaconTimingAns delay 0x42ff channel 0x42 [ttn]",
            DOWNLINK,
            new BeaconTimingAns(0x42ff, 0x42),
            "12ff4242"),
        row("BeaconFreqReq 868.1 MHz [cs][bl]", DOWNLINK, new BeaconFreqReq(868100000), "13287684"),
        row(
            "BeaconFreqReq 0x42ffff x 100 Hz [ttn]",
            DOWNLINK,
            new BeaconFreqReq(0x42ffff * 100),
            "13ffff42"),
        row("BeaconFreqReq 0 for default plan [spec]", DOWNLINK, new BeaconFreqReq(0), "13000000"),
        row("BeaconFreqAns not ok [cs][bl]", UPLINK, new BeaconFreqAns(false), "1300"),
        row("BeaconFreqAns ok [cs][bl][ttn]", UPLINK, new BeaconFreqAns(true), "1301"),
        // 0x20, Class C
        row("DeviceModeInd class A [cs][ttn]", UPLINK, new DeviceModeInd(0), "2000"),
        row("DeviceModeInd class C [cs]", UPLINK, new DeviceModeInd(2), "2002"),
        row("DeviceModeConf class A [cs]", DOWNLINK, new DeviceModeConf(0), "2000"),
        row("DeviceModeConf class C [cs][ttn]", DOWNLINK, new DeviceModeConf(2), "2002"),
        row("DeviceModeConf RFU class kept [spec]", DOWNLINK, new DeviceModeConf(0x7f), "207f"));
  }

  private static Arguments row(String name, Direction direction, MacCommand command, String hex) {
    return Arguments.of(name, direction, command, hex);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodes_the_vector_to_the_command(
      String name, Direction direction, MacCommand command, String hex) {
    assertEquals(List.of(command), MacCommandCodec.decode(direction, Hex.decode(hex, name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encodes_the_command_to_the_vector(
      String name, Direction direction, MacCommand command, String hex) {
    assertArrayEquals(Hex.decode(hex, name), MacCommandCodec.encode(List.of(command)));
    assertEquals(hex.length() / 2, MacCommandCodec.encodedLength(command));
  }

  @Test
  void every_command_of_the_cid_table_has_a_vector() {
    Set<Cid> covered = EnumSet.noneOf(Cid.class);
    vectors().forEach(a -> covered.add(((StandardMacCommand) a.get()[2]).type()));
    assertEquals(EnumSet.allOf(Cid.class), covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void command_knows_its_cid_and_direction(
      String name, Direction direction, MacCommand command, String hex) {
    StandardMacCommand standard = (StandardMacCommand) command;
    assertEquals(direction, standard.direction());
    assertEquals(Integer.parseInt(hex.substring(0, 2), 16), standard.cid());
    assertEquals(standard.type(), Cid.of(direction, standard.cid()).orElseThrow());
  }
}
