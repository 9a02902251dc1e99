package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PHYPayload vectors. Frames come from brocaar/lorawan phypayload_test.go and ChirpStack lrwn
 * (phy_payload.rs doc examples, payload.rs tests); where a source gives only the payload, the
 * frame adds MHDR and the MIC {@code 01020304}.
 */
class PhyPayloadCodecTest {

  private static final DevAddr ADDR = DevAddr.parse("01020304");
  private static final byte[] NONE = new byte[0];

  static Stream<Arguments> frames() {
    return Stream.of(
        Arguments.of("brocaar: unconfirmed data up, ADR, FCnt 1, FPort 1",
            data(MType.UNCONFIRMED_DATA_UP, new FCtrl.Uplink(true, false, false, false, 0), 1,
                NONE, 1, h("a694642615"), h("d6c3b582")),
            "400403020180010001a694642615d6c3b582"),
        Arguments.of("brocaar: confirmed data up, FPort 10, no FOpts",
            data(MType.CONFIRMED_DATA_UP, FCtrl.Uplink.of(false, false, false, false), 0,
                NONE, 10, h("e264d4f7"), h("b56a0e75")),
            "80040302010000000ae264d4f7b56a0e75"),
        Arguments.of("lrwn: confirmed data up with FOpts (DevStatusAns) and FPort 10",
            data(MType.CONFIRMED_DATA_UP, FCtrl.Uplink.of(false, false, false, false), 0,
                h("067307"), 10, h("e264d4f7"), h("e117d2c0")),
            "80040302010300000673070ae264d4f7e117d2c0"),
        Arguments.of("lrwn: unconfirmed data down with encrypted FOpts and FPort 1",
            data(MType.UNCONFIRMED_DATA_DOWN, FCtrl.Downlink.of(false, false, false), 0,
                h("22ac0a"), 1, h("f0b468dd"), h("aa5ed13a")),
            "600403020103000022ac0a01f0b468ddaa5ed13a"),
        Arguments.of("lrwn: FHDR only, ADR, FCnt 123",
            data(MType.UNCONFIRMED_DATA_UP, FCtrl.Uplink.of(true, false, false, false), 123,
                NONE, MacPayload.NO_F_PORT, NONE, h("01020304")),
            "400403020180" + "7b00" + "01020304"),
        Arguments.of("lrwn: FOpts without FPort",
            data(MType.UNCONFIRMED_DATA_UP, FCtrl.Uplink.of(true, false, false, false), 123,
                h("010203"), MacPayload.NO_F_PORT, NONE, h("01020304")),
            "400403020183" + "7b00" + "010203" + "01020304"),
        Arguments.of("lrwn: FPort without FRMPayload",
            data(MType.UNCONFIRMED_DATA_UP, FCtrl.Uplink.of(true, false, false, false), 123,
                NONE, 10, NONE, h("01020304")),
            "400403020180" + "7b00" + "0a" + "01020304"),
        Arguments.of("lrwn: FOpts, FPort and FRMPayload",
            data(MType.UNCONFIRMED_DATA_UP, FCtrl.Uplink.of(true, false, false, false), 123,
                h("030201"), 10, h("010203"), h("01020304")),
            "400403020183" + "7b00" + "030201" + "0a" + "010203" + "01020304"),
        Arguments.of("confirmed data down, ACK and FPending, FPort 0 (MAC commands in payload)",
            data(MType.CONFIRMED_DATA_DOWN, FCtrl.Downlink.of(false, true, true), 0xfffe,
                NONE, 0, h("0205"), h("0a0b0c0d")),
            "a004030201" + "30" + "feff" + "00" + "0205" + "0a0b0c0d"),
        Arguments.of("brocaar: join-request",
            PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST),
                new JoinRequestPayload(Eui64.parse("0102030401020304"),
                    Eui64.parse("0203040502030405"), new DevNonce(0x102d)),
                h("6a990e12")),
            "00040302010403020105040302050403022d106a990e12"),
        Arguments.of("lrwn: join-request, DevNonce 771",
            PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST),
                new JoinRequestPayload(Eui64.parse("0101010101010101"),
                    Eui64.parse("0202020202020202"), new DevNonce(771)),
                h("09b97b32")),
            "00010101010101010102020202020202020303" + "09b97b32"),
        Arguments.of("brocaar: encrypted join-accept",
            PhyPayload.of(Mhdr.of(MType.JOIN_ACCEPT),
                new EncryptedJoinAccept(h("493eeb51fba2116f810edb37")), h("42975142")),
            "20493eeb51fba2116f810edb3742975142"),
        Arguments.of("lrwn: encrypted join-accept (1.0.x)",
            PhyPayload.of(Mhdr.of(MType.JOIN_ACCEPT),
                new EncryptedJoinAccept(h("23cf335489aae3183c0be0ba")), h("a8dee5f3")),
            "2023cf335489aae3183c0be0baa8dee5f3"),
        Arguments.of("lrwn: rejoin-request type 0",
            PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST),
                new RejoinRequestPayload.Type02(0, NetId.parse("010203"),
                    Eui64.parse("0102030405060708"), 219),
                h("01020304")),
            "c0" + "00030201" + "0807060504030201" + "db00" + "01020304"),
        Arguments.of("lrwn: rejoin-request type 2",
            PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST),
                new RejoinRequestPayload.Type02(2, NetId.parse("010203"),
                    Eui64.parse("0102030405060708"), 219),
                h("01020304")),
            "c0" + "02030201" + "0807060504030201" + "db00" + "01020304"),
        Arguments.of("lrwn: rejoin-request type 1",
            PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST),
                new RejoinRequestPayload.Type1(Eui64.parse("0102030405060708"),
                    Eui64.parse("0807060504030201"), 219),
                h("01020304")),
            "c0" + "01" + "0807060504030201" + "0102030405060708" + "db00" + "01020304"),
        Arguments.of("lrwn: proprietary, no MIC",
            PhyPayload.of(Mhdr.of(MType.PROPRIETARY), new Proprietary(h("010203")), NONE),
            "e0010203"),
        Arguments.of("proprietary with nothing after the MHDR",
            PhyPayload.of(Mhdr.of(MType.PROPRIETARY), new Proprietary(NONE), NONE),
            "e0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void encodes_to_the_vector(String description, PhyPayload frame, String hex) {
    assertEquals(hex, Hex.encode(frame.encode()));
    assertEquals(hex.length() / 2, frame.length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void decodes_the_vector_to_the_same_frame(String description, PhyPayload frame, String hex) {
    PhyPayload decoded = PhyPayload.decode(h(hex));
    assertEquals(frame, decoded);
    assertEquals(frame.mhdr(), decoded.mhdr());
    assertEquals(frame.payload(), decoded.payload());
    assertArrayEquals(frame.mic(), decoded.mic());
    assertEquals(frame.payload().hashCode(), decoded.payload().hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void mic_input_is_the_frame_without_its_mic(String description, PhyPayload frame, String hex) {
    int micLength = frame.hasMic() ? 4 : 0;
    assertEquals(hex.substring(0, hex.length() - 2 * micLength), Hex.encode(frame.micInput()));
    assertEquals(hex.length() / 2 - micLength, frame.micInputLength());
  }

  @Test
  void decodes_the_fields_of_an_uplink_with_fopts() {
    PhyPayload phy = PhyPayload.decode(h("80040302010300000673070ae264d4f7e117d2c0"));
    assertEquals(MType.CONFIRMED_DATA_UP, phy.mType());
    MacPayload m = phy.macPayload();
    assertEquals(ADDR, m.fhdr().devAddr());
    assertInstanceOf(FCtrl.Uplink.class, m.fhdr().fCtrl());
    assertEquals(3, m.fhdr().fCtrl().fOptsLen());
    assertEquals(0, m.fhdr().fCnt());
    assertArrayEquals(h("067307"), m.fhdr().fOpts());
    assertEquals(10, m.fPort());
    assertTrue(m.hasFPort());
    assertArrayEquals(h("e264d4f7"), m.frmPayload());
    assertArrayEquals(h("e117d2c0"), phy.mic());
  }

  @Test
  void gives_on_air_positions_of_fopts_and_frmpayload() {
    byte[] frame = h("80040302010300000673070ae264d4f7e117d2c0");
    PhyPayload phy = PhyPayload.decode(frame);
    assertEquals(8, phy.fOptsOffset());
    assertEquals(3, phy.fOptsLength());
    assertEquals(12, phy.frmPayloadOffset());
    assertEquals(4, phy.frmPayloadLength());
    assertArrayEquals(h("067307"), slice(frame, phy.fOptsOffset(), phy.fOptsLength()));
    assertArrayEquals(h("e264d4f7"), slice(frame, phy.frmPayloadOffset(), phy.frmPayloadLength()));
  }

  @Test
  void positions_of_a_frame_without_fport_end_at_the_mic() {
    PhyPayload phy = PhyPayload.decode(h("400403020180" + "7b00" + "01020304"));
    assertEquals(0, phy.fOptsLength());
    assertEquals(8, phy.frmPayloadOffset());
    assertEquals(0, phy.frmPayloadLength());
    assertFalse(phy.macPayload().hasFPort());
  }

  @Test
  void data_positions_of_a_join_request_are_refused() {
    PhyPayload phy = PhyPayload.decode(h("00010101010101010102020202020202020303" + "09b97b32"));
    assertThrows(IllegalStateException.class, phy::fOptsOffset);
    assertThrows(IllegalStateException.class, phy::macPayload);
    assertThrows(IllegalStateException.class, phy::encryptedJoinAccept);
  }

  @Test
  void keeps_mhdr_rfu_bits_so_the_mic_input_is_what_was_received() {
    byte[] frame = h("5c0403020180010001a694642615d6c3b582");
    PhyPayload phy = PhyPayload.decode(frame);
    assertEquals(MType.UNCONFIRMED_DATA_UP, phy.mType());
    assertArrayEquals(frame, phy.encode());
    assertNotEquals(PhyPayload.decode(h("400403020180010001a694642615d6c3b582")), phy);
  }

  @Test
  void join_accept_exposes_the_ciphertext_with_its_mic() {
    PhyPayload phy = PhyPayload.decode(h("20493eeb51fba2116f810edb3742975142"));
    assertArrayEquals(h("493eeb51fba2116f810edb3742975142"), phy.encryptedJoinAccept());
    assertEquals(phy, PhyPayload.joinAccept(h("493eeb51fba2116f810edb3742975142")));
  }

  @Test
  void with_mic_replaces_only_the_last_four_bytes() {
    PhyPayload phy = PhyPayload.decode(h("400403020180010001a694642615" + "00000000"));
    PhyPayload signed = phy.withMic(h("d6c3b582"));
    assertEquals("400403020180010001a694642615d6c3b582", Hex.encode(signed.encode()));
    assertTrue(signed.micEquals(h("d6c3b582")));
    assertFalse(signed.micEquals(h("d6c3b583")));
    assertFalse(signed.micEquals(h("d6c3b5")));
    assertEquals("00000000", Hex.encode(phy.mic()));
  }

  @Test
  void refuses_a_payload_that_does_not_fit_the_mtype() {
    MacPayload downlink = MacPayload.of(Fhdr.of(ADDR, FCtrl.Downlink.of(false, false, false), 1,
        NONE));
    LorawanFormatException e = assertThrows(LorawanFormatException.class,
        () -> PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_UP), downlink, h("01020304")));
    assertTrue(e.getMessage().contains("other direction"), e.getMessage());
    assertThrows(LorawanFormatException.class,
        () -> PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST), downlink, h("01020304")));
    assertThrows(LorawanFormatException.class,
        () -> PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_DOWN), downlink, h("010203")));
    assertThrows(LorawanFormatException.class,
        () -> PhyPayload.of(Mhdr.of(MType.PROPRIETARY), new Proprietary(NONE), h("01020304")));
  }

  @Test
  void arrays_given_to_and_taken_from_a_frame_are_copies() {
    byte[] fOpts = h("0673");
    Fhdr fhdr = Fhdr.of(ADDR, FCtrl.Uplink.of(false, false, false, false), 0, fOpts);
    fOpts[0] = 0;
    assertArrayEquals(h("0673"), fhdr.fOpts());
    fhdr.fOpts()[0] = 0;
    assertArrayEquals(h("0673"), fhdr.fOpts());
    byte[] frame = h("e0010203");
    PhyPayload phy = PhyPayload.decode(frame);
    frame[1] = 9;
    assertEquals("e0010203", Hex.encode(phy.encode()));
  }

  private static PhyPayload data(MType mType, FCtrl fCtrl, int fCnt, byte[] fOpts, int fPort,
      byte[] frm, byte[] mic) {
    Fhdr fhdr = Fhdr.of(ADDR, fCtrl, fCnt, fOpts);
    return PhyPayload.of(Mhdr.of(mType), new MacPayload(fhdr, fPort, frm), mic);
  }

  static byte[] h(String hex) {
    return Hex.decode(hex, "test vector");
  }

  private static byte[] slice(byte[] b, int offset, int length) {
    byte[] s = new byte[length];
    System.arraycopy(b, offset, s, 0, length);
    return s;
  }
}
