package io.longwave.lorawan.mac;

import static io.longwave.lorawan.Direction.DOWNLINK;
import static io.longwave.lorawan.Direction.UPLINK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sequences, direction, proprietary and unknown CIDs, truncation and missing arguments. */
class MacCommandCodecTest {

  private static byte[] hex(String h) {
    return Hex.decode(h, "test bytes");
  }

  static Stream<Arguments> sequences() {
    return Stream.of(
        Arguments.of(
            "LinkADRAns, DevStatusAns and LinkCheckReq in one FOpts",
            UPLINK,
            List.of(new LinkAdrAns(true, true, true), new DevStatusAns(200, 5), new LinkCheckReq()),
            "030706c80502"),
        Arguments.of(
            "two LinkADRReq blocks (ChMaskCntl 0 then 1) as for US915",
            DOWNLINK,
            List.of(new LinkAdrReq(3, 2, 0xff00, 0, 0), new LinkAdrReq(3, 2, 0x0001, 1, 1)),
            "033200ff00" + "0332010011"),
        Arguments.of(
            "DevStatusReq, RXTimingSetupReq, DeviceTimeAns and LinkCheckAns",
            DOWNLINK,
            List.of(
                new DevStatusReq(),
                new RxTimingSetupReq(1),
                new DeviceTimeAns(1234567890L, 128),
                new LinkCheckAns(7, 2)),
            "060801" + "0dd202964980" + "020702"),
        Arguments.of(
            "empty-payload answers back to back",
            UPLINK,
            List.of(
                new DutyCycleAns(),
                new RxTimingSetupAns(),
                new TxParamSetupAns(),
                new AdrParamSetupAns(),
                new DeviceTimeReq()),
            "0408090c0d"),
        Arguments.of("nothing", UPLINK, List.of(), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void decodes_a_sequence_of_commands(
      String name, Direction direction, List<MacCommand> commands, String hex) {
    assertEquals(commands, MacCommandCodec.decode(direction, hex(hex)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void encodes_a_sequence_of_commands(
      String name, Direction direction, List<MacCommand> commands, String hex) {
    assertArrayEquals(hex(hex), MacCommandCodec.encode(commands));
  }

  @Test
  void same_cid_means_answer_uplink_and_request_downlink() {
    assertEquals(
        List.of(new LinkAdrAns(false, true, false)), MacCommandCodec.decode(UPLINK, hex("0302")));
    LorawanFormatException e =
        assertThrows(
            LorawanFormatException.class, () -> MacCommandCodec.decode(DOWNLINK, hex("0302")));
    assertTrue(e.getMessage().startsWith("LinkADRReq (CID 0x3)"), e.getMessage());
  }

  @Test
  void proprietary_cid_takes_the_rest_of_the_buffer() {
    List<MacCommand> decoded = MacCommandCodec.decode(UPLINK, hex("0307" + "80" + "010203"));
    assertEquals(
        List.of(new LinkAdrAns(true, true, true), new Proprietary(0x80, hex("010203"))), decoded);
    assertArrayEquals(hex("030780010203"), MacCommandCodec.encode(decoded));
  }

  @Test
  void proprietary_cid_at_the_end_has_an_empty_payload() {
    assertEquals(
        List.of(new Proprietary(0xff, new byte[0])), MacCommandCodec.decode(DOWNLINK, hex("ff")));
  }

  @Test
  void unknown_cid_stops_parsing_and_keeps_the_rest() {
    List<MacCommand> decoded = MacCommandCodec.decode(UPLINK, hex("02" + "7e" + "0102" + "02"));
    assertEquals(List.of(new LinkCheckReq(), new Unknown(0x7e, hex("010202"))), decoded);
    assertArrayEquals(hex("027e010202"), MacCommandCodec.encode(decoded));
  }

  @Test
  void cid_defined_only_for_the_other_direction_is_unknown() {
    // 0x0e ForceRejoinReq exists only downlink; 0x00 is never defined.
    assertEquals(
        List.of(new Unknown(0x0e, hex("1234"))), MacCommandCodec.decode(UPLINK, hex("0e1234")));
    assertEquals(
        List.of(new Unknown(0x00, new byte[0])), MacCommandCodec.decode(DOWNLINK, hex("00")));
  }

  static Stream<Arguments> truncated() {
    return Stream.of(
        Arguments.of(
            DOWNLINK,
            "0312",
            "LinkADRReq (CID 0x3) at offset 0 needs 4 payload bytes, got 1 " + "(3 bytes missing)"),
        Arguments.of(
            UPLINK,
            "0307" + "06c8",
            "DevStatusAns (CID 0x6) at offset 2 needs 2 payload bytes, "
                + "got 1 (1 byte missing)"),
        Arguments.of(
            DOWNLINK,
            "0d",
            "DeviceTimeAns (CID 0xd) at offset 0 needs 5 payload bytes, got 0 "
                + "(5 bytes missing)"),
        Arguments.of(
            DOWNLINK,
            "07030102",
            "NewChannelReq (CID 0x7) at offset 0 needs 5 payload bytes, "
                + "got 3 (2 bytes missing)"),
        Arguments.of(
            DOWNLINK,
            "12ff",
            "BeaconTimingAns (CID 0x12) at offset 0 needs 3 payload bytes, "
                + "got 1 (2 bytes missing)"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("truncated")
  void truncated_known_command_is_reported_with_name_and_missing_bytes(
      Direction direction, String hex, String message) {
    LorawanFormatException e =
        assertThrows(
            LorawanFormatException.class, () -> MacCommandCodec.decode(direction, hex(hex)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void decode_rejects_missing_arguments_with_format_exception() {
    assertThrows(LorawanFormatException.class, () -> MacCommandCodec.decode(null, new byte[0]));
    assertThrows(LorawanFormatException.class, () -> MacCommandCodec.decode(UPLINK, null));
  }

  @Test
  void encode_rejects_missing_list_or_command() {
    assertThrows(LorawanFormatException.class, () -> MacCommandCodec.encode(null));
    List<MacCommand> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(LorawanFormatException.class, () -> MacCommandCodec.encode(withNull));
    assertThrows(LorawanFormatException.class, () -> MacCommandCodec.encodedLength(null));
  }

  @Test
  void decoded_list_is_unmodifiable() {
    List<MacCommand> decoded = MacCommandCodec.decode(UPLINK, hex("02"));
    assertThrows(UnsupportedOperationException.class, () -> decoded.add(new LinkCheckReq()));
  }

  @Test
  void encoded_length_counts_cid_and_payload() {
    assertEquals(1, MacCommandCodec.encodedLength(new LinkCheckReq()));
    assertEquals(5, MacCommandCodec.encodedLength(new LinkAdrReq(0, 0, 0, 0, 0)));
    assertEquals(6, MacCommandCodec.encodedLength(new DeviceTimeAns(0, 0)));
    assertEquals(4, MacCommandCodec.encodedLength(new Proprietary(0x90, hex("aabbcc"))));
    assertEquals(3, MacCommandCodec.encodedLength(new Unknown(0x70, hex("aabb"))));
  }

  @Test
  void proprietary_and_unknown_copy_their_bytes() {
    byte[] payload = hex("0102");
    Proprietary p = new Proprietary(0x81, payload);
    payload[0] = 9;
    p.payload()[1] = 9;
    assertArrayEquals(hex("0102"), p.payload());
    byte[] rest = hex("0102");
    Unknown u = new Unknown(0x40, rest);
    rest[0] = 9;
    assertTrue(Arrays.equals(hex("0102"), u.rest()));
    assertEquals(new Unknown(0x40, hex("0102")).hashCode(), u.hashCode());
  }

  @Test
  void cid_lookup_is_per_direction() {
    assertEquals(Cid.LINK_ADR_REQ, Cid.of(DOWNLINK, 0x03).orElseThrow());
    assertEquals(Cid.LINK_ADR_ANS, Cid.of(UPLINK, 0x03).orElseThrow());
    assertTrue(Cid.of(UPLINK, 0x0e).isEmpty());
    assertTrue(Cid.of(DOWNLINK, 0x80).isEmpty());
    assertTrue(Cid.of(DOWNLINK, -1).isEmpty());
    assertThrows(LorawanFormatException.class, () -> Cid.of(null, 0x03));
  }
}
