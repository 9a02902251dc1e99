package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MHDR (LoRaWAN 1.1 §4.2) and FCtrl (§4.3.1) bit layouts, from the spec's tables. */
class HeaderCodecTest {

  static Stream<Arguments> mhdrs() {
    return Stream.of(
        Arguments.of("join-request", MType.JOIN_REQUEST, true, 0x00),
        Arguments.of("join-accept", MType.JOIN_ACCEPT, false, 0x20),
        Arguments.of("unconfirmed data up", MType.UNCONFIRMED_DATA_UP, true, 0x40),
        Arguments.of("unconfirmed data down", MType.UNCONFIRMED_DATA_DOWN, false, 0x60),
        Arguments.of("confirmed data up", MType.CONFIRMED_DATA_UP, true, 0x80),
        Arguments.of("confirmed data down", MType.CONFIRMED_DATA_DOWN, false, 0xa0),
        Arguments.of("rejoin-request", MType.REJOIN_REQUEST, true, 0xc0),
        Arguments.of("brocaar: proprietary is 224", MType.PROPRIETARY, true, 0xe0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mhdrs")
  void encodes_and_decodes_the_mhdr(String description, MType mType, boolean uplink, int b) {
    Mhdr mhdr = Mhdr.of(mType);
    assertEquals((byte) b, mhdr.encode());
    assertEquals(mhdr, Mhdr.decode(b));
    assertEquals(uplink, mType.isUplink());
    assertSame(mType, MType.fromCode(b >>> 5));
  }

  @Test
  void ignores_mhdr_rfu_bits() {
    assertEquals(Mhdr.of(MType.CONFIRMED_DATA_UP), Mhdr.decode(0x9c));
  }

  @Test
  void rejects_a_major_other_than_lorawan_r1() {
    for (int major = 1; major <= 3; major++) {
      int b = 0x40 | major;
      LorawanFormatException e =
          assertThrows(LorawanFormatException.class, () -> Mhdr.decode(b));
      assertTrue(e.getMessage().contains("Major must be 0"), e.getMessage());
    }
  }

  @Test
  void only_data_mtypes_are_data() {
    assertTrue(MType.CONFIRMED_DATA_DOWN.isData());
    assertTrue(MType.UNCONFIRMED_DATA_UP.isData());
    assertEquals(false, MType.JOIN_ACCEPT.isData());
    assertEquals(false, MType.REJOIN_REQUEST.isData());
    assertTrue(MType.CONFIRMED_DATA_UP.isConfirmed());
    assertEquals(false, MType.UNCONFIRMED_DATA_DOWN.isConfirmed());
  }

  static Stream<Arguments> fCtrls() {
    return Stream.of(
        Arguments.of("uplink, nothing set", new FCtrl.Uplink(false, false, false, false, 0), 0x00),
        Arguments.of("uplink ADR", new FCtrl.Uplink(true, false, false, false, 0), 0x80),
        Arguments.of("uplink ADRACKReq", new FCtrl.Uplink(false, true, false, false, 0), 0x40),
        Arguments.of("uplink ACK", new FCtrl.Uplink(false, false, true, false, 0), 0x20),
        Arguments.of("uplink ClassB", new FCtrl.Uplink(false, false, false, true, 0), 0x10),
        Arguments.of("uplink FOptsLen 15", new FCtrl.Uplink(false, false, false, false, 15), 0x0f),
        Arguments.of("uplink all", new FCtrl.Uplink(true, true, true, true, 3), 0xf3),
        Arguments.of("downlink ADR", new FCtrl.Downlink(true, false, false, false, 0), 0x80),
        Arguments.of("downlink RFU", new FCtrl.Downlink(false, true, false, false, 0), 0x40),
        Arguments.of("downlink ACK", new FCtrl.Downlink(false, false, true, false, 0), 0x20),
        Arguments.of("downlink FPending", new FCtrl.Downlink(false, false, false, true, 0), 0x10),
        Arguments.of("downlink all", new FCtrl.Downlink(true, true, true, true, 7), 0xf7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fCtrls")
  void encodes_and_decodes_fctrl_by_direction(String description, FCtrl fCtrl, int b) {
    assertEquals((byte) b, fCtrl.encode());
    assertEquals(fCtrl, FCtrl.decode(b, fCtrl.isUplink()));
  }

  @Test
  void the_same_fctrl_byte_means_different_flags_by_direction() {
    FCtrl.Uplink up = (FCtrl.Uplink) FCtrl.decode(0x50, true);
    FCtrl.Downlink down = (FCtrl.Downlink) FCtrl.decode(0x50, false);
    assertTrue(up.adrAckReq() && up.classB());
    assertTrue(down.rfu() && down.fPending());
  }

  @Test
  void with_fopts_len_keeps_the_flags() {
    FCtrl f = FCtrl.Uplink.of(true, false, true, false).withFOptsLen(9);
    assertEquals(new FCtrl.Uplink(true, false, true, false, 9), f);
    assertThrows(LorawanFormatException.class, () -> f.withFOptsLen(16));
    assertThrows(LorawanFormatException.class,
        () -> new FCtrl.Downlink(false, false, false, false, -1));
  }

  @Test
  void dev_nonce_has_16_bits() {
    assertEquals(65535, new DevNonce(65535).value());
    assertThrows(LorawanFormatException.class, () -> new DevNonce(65536));
    assertThrows(LorawanFormatException.class, () -> new DevNonce(-1));
  }
}
