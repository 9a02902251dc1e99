package io.longwave.lorawan;

import static io.longwave.lorawan.PhyPayloadCodecTest.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decrypted join-accept payloads (LoRaWAN 1.1 §6.2.6) and CFLists (RP002 CFList types 0 and 1).
 * Vectors from ChirpStack lrwn payload.rs and cflist.rs tests and the decrypted brocaar/lorawan
 * join-accept.
 */
class JoinAcceptPayloadTest {

  private static final int[] EU868_EXTRA = {867100000, 867300000, 867500000, 867700000, 867900000};

  static Stream<Arguments> joinAccepts() {
    return Stream.of(
        Arguments.of("lrwn: RX1DRoffset 6, RX2 DR 7, RxDelay 9, no CFList",
            new JoinAcceptPayload(new JoinNonce(65793), NetId.parse("020202"),
                DevAddr.parse("01020304"), new DlSettings(false, 6, 7), 9, Optional.empty()),
            "010101020202040302016709"),
        Arguments.of("lrwn: same with a CFList of five EU868 channels",
            new JoinAcceptPayload(new JoinNonce(65793), NetId.parse("020202"),
                DevAddr.parse("01020304"), new DlSettings(false, 6, 7), 9,
                Optional.of(new CfList.Channels(EU868_EXTRA))),
            "010101020202040302016709" + "184f84e85684b85e84886684586e8400"),
        Arguments.of("lrwn doc example: 1.1 join-accept, OptNeg set",
            new JoinAcceptPayload(new JoinNonce(65793), NetId.parse("020202"),
                DevAddr.parse("01020304"), new DlSettings(true, 0, 0), 0, Optional.empty()),
            "010101020202040302018000"),
        Arguments.of("brocaar: AppNonce 570bc7, NetID 221101 (decrypted)",
            new JoinAcceptPayload(new JoinNonce(0xc70b57), NetId.parse("011122"),
                DevAddr.parse("80190302"), new DlSettings(false, 0, 0), 0, Optional.empty()),
            "570bc7221101020319800000"),
        Arguments.of("US915 join-accept with channel masks (sub-band 2 and ChMask4 bit 1)",
            new JoinAcceptPayload(new JoinNonce(0xffffff), NetId.parse("000013"),
                DevAddr.parse("26011bda"), new DlSettings(false, 0, 8), 1,
                Optional.of(new CfList.ChannelMasks(new int[] {0xff00, 0, 0, 0, 0x0002}))),
            "ffffff130000da1b0126" + "0801" + "00ff000000000000020000000000" + "0001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("joinAccepts")
  void encodes_the_plaintext(String description, JoinAcceptPayload payload, String hex) {
    assertEquals(hex, Hex.encode(payload.encode()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("joinAccepts")
  void decodes_the_plaintext(String description, JoinAcceptPayload payload, String hex) {
    assertEquals(payload, JoinAcceptPayload.decode(h(hex)));
  }

  static Stream<Arguments> cfLists() {
    return Stream.of(
        Arguments.of("lrwn: one mask, channels 0 to 7",
            new CfList.ChannelMasks(new int[] {0x00ff}), "ff000000000000000000000000000001"),
        Arguments.of("lrwn: second mask, channels 16 to 23",
            new CfList.ChannelMasks(new int[] {0, 0x00ff}), "0000ff00000000000000000000000001"),
        Arguments.of("lrwn: five channels",
            new CfList.Channels(EU868_EXTRA), "184f84e85684b85e84886684586e8400"),
        Arguments.of("two channels, the others unused",
            new CfList.Channels(new int[] {867100000, 867300000}),
            "184f84e85684000000000000000000" + "00"),
        Arguments.of("seven masks, all channels",
            new CfList.ChannelMasks(new int[] {0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff,
                0xffff}),
            "ffffffffffffffffffffffffffff0001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cfLists")
  void encodes_the_cflist(String description, CfList cfList, String hex) {
    assertEquals(hex, Hex.encode(cfList.encode()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cfLists")
  void decodes_the_cflist(String description, CfList cfList, String hex) {
    assertEquals(cfList, CfList.decode(h(hex), 0));
  }

  @Test
  void trailing_zero_channels_and_masks_compare_equal_to_shorter_lists() {
    assertEquals(new CfList.Channels(new int[] {867100000}),
        new CfList.Channels(new int[] {867100000, 0, 0}));
    assertEquals(1, new CfList.ChannelMasks(new int[] {1, 0, 0, 0}).chMasks().length);
  }

  @Test
  void channel_masks_tell_which_channels_are_enabled() {
    CfList.ChannelMasks m = new CfList.ChannelMasks(new int[] {0xff00, 0, 0, 0, 0x0002});
    assertTrue(m.isEnabled(8));
    assertTrue(m.isEnabled(15));
    assertTrue(m.isEnabled(65));
    assertEquals(false, m.isEnabled(7));
    assertEquals(false, m.isEnabled(64));
    assertEquals(false, m.isEnabled(200));
  }

  @Test
  void rx_delay_zero_means_one_second() {
    JoinAcceptPayload p = JoinAcceptPayload.decode(h("010101020202040302016700"));
    assertEquals(0, p.rxDelay());
    assertEquals(1, p.rxDelaySeconds());
    assertEquals(9, JoinAcceptPayload.decode(h("010101020202040302016709")).rxDelaySeconds());
  }

  @Test
  void dl_settings_bits_follow_the_spec_layout() {
    DlSettings s = DlSettings.decode(0xd5);
    assertEquals(new DlSettings(true, 5, 5), s);
    assertEquals((byte) 0xd5, s.encode());
    assertEquals((byte) 0x7f, new DlSettings(false, 7, 15).encode());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("11 bytes", "0101010202020403020167", "12 or 28 bytes"),
        Arguments.of("13 bytes", "01010102020204030201670900", "12 or 28 bytes"),
        Arguments.of("with the MIC (16 bytes)", "01010102020204030201670901020304",
            "12 or 28 bytes"),
        Arguments.of("CFListType 2",
            "010101020202040302016709" + "184f84e85684b85e84886684586e8402",
            "CFListType must be 0 (channels) or 1 (channel masks), got 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects_a_malformed_plaintext(String description, String hex, String reason) {
    LorawanFormatException e = assertThrows(LorawanFormatException.class,
        () -> JoinAcceptPayload.decode(h(hex)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void rejects_out_of_range_fields() {
    assertThrows(LorawanFormatException.class, () -> new JoinNonce(1 << 24));
    assertThrows(LorawanFormatException.class, () -> new DlSettings(false, 8, 0));
    assertThrows(LorawanFormatException.class, () -> new DlSettings(false, 0, 16));
    assertThrows(LorawanFormatException.class, () -> new CfList.Channels(new int[] {867100050}));
    assertThrows(LorawanFormatException.class, () -> new CfList.Channels(new int[6]));
    assertThrows(LorawanFormatException.class, () -> new CfList.ChannelMasks(new int[8]));
    assertThrows(LorawanFormatException.class,
        () -> new CfList.ChannelMasks(new int[] {0x10000}));
    assertThrows(LorawanFormatException.class, () -> new JoinAcceptPayload(new JoinNonce(0),
        new NetId(0), new DevAddr(0), new DlSettings(false, 0, 0), 16, Optional.empty()));
    assertArrayEquals(new int[] {867100000}, new CfList.Channels(new int[] {867100000})
        .frequenciesHz());
  }
}
