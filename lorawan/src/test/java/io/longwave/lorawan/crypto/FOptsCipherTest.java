package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.hexOf;
import static io.longwave.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FOptsCipherTest {

  private static final DevAddr ADDR = DevAddr.parse("01020304");

  /** Errata layout: {description, NwkSEncKey, counter, FCnt, plain FOpts, encrypted FOpts}. */
  static Stream<Arguments> errataVectors() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn 1.1 downlink doc, LinkCheckAns with FPort 1 (AFCntDown)",
            "01010101010101010101010101010200",
            FOptsCounter.AFCNT_DOWN,
            0,
            "020701",
            "22ac0a"),
        Arguments.of(
            "brocaar LoRaWAN 1.1 encrypted FOpts without FPort (NFCntDown)",
            "02020202020202020202020202020204",
            FOptsCounter.NFCNT_DOWN,
            0,
            "020701",
            "dfb4f1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errataVectors")
  void encrypts_and_decrypts_f_opts_with_the_errata_a_block(
      String description,
      String key,
      FOptsCounter counter,
      int fCnt,
      String plain,
      String encrypted) {
    byte[] buf = hex(plain);
    FOptsCipher.encrypt(key(key), counter, ADDR, fCnt, buf, 0, buf.length);
    assertEquals(encrypted, hexOf(buf));
    FOptsCipher.decrypt(key(key), counter, ADDR, fCnt, buf, 0, buf.length);
    assertEquals(plain, hexOf(buf));
  }

  /** Original 1.1 layout, TTS TestUplinkDownlinkEncryption: key 0x01 × 16, FCnt 1. */
  static Stream<Arguments> preErrataVectors() {
    return Stream.of(
        Arguments.of("TTS uplink FOpts", Direction.UPLINK, "01020304", "33c92622"),
        Arguments.of("TTS downlink FOpts", Direction.DOWNLINK, "01020304", "ca6fdaba"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("preErrataVectors")
  void encrypts_and_decrypts_f_opts_with_the_original_a_block(
      String description, Direction dir, String plain, String encrypted) {
    AesKeyContext key = key("01010101010101010101010101010101");
    byte[] buf = hex(plain);
    FOptsCipher.encryptPreErrata(key, dir, ADDR, 1, buf, 0, buf.length);
    assertEquals(encrypted, hexOf(buf));
    FOptsCipher.decryptPreErrata(key, dir, ADDR, 1, buf, 0, buf.length);
    assertEquals(plain, hexOf(buf));
  }

  @Test
  void the_three_counters_give_three_key_streams() {
    AesKeyContext key = key("02020202020202020202020202020204");
    String up = encrypt(key, FOptsCounter.FCNT_UP);
    String nDown = encrypt(key, FOptsCounter.NFCNT_DOWN);
    String aDown = encrypt(key, FOptsCounter.AFCNT_DOWN);
    assertNotEquals(up, nDown);
    assertNotEquals(nDown, aDown);
    assertNotEquals(up, aDown);
  }

  private static String encrypt(AesKeyContext key, FOptsCounter counter) {
    byte[] buf = new byte[15];
    FOptsCipher.encrypt(key, counter, ADDR, 5, buf, 0, 15);
    return hexOf(buf);
  }

  @Test
  void picks_the_downlink_counter_from_the_f_port() {
    assertEquals(FOptsCounter.NFCNT_DOWN, FOptsCounter.forDownlink(-1));
    assertEquals(FOptsCounter.NFCNT_DOWN, FOptsCounter.forDownlink(0));
    assertEquals(FOptsCounter.AFCNT_DOWN, FOptsCounter.forDownlink(1));
    assertEquals(FOptsCounter.AFCNT_DOWN, FOptsCounter.forDownlink(224));
    assertEquals(Direction.UPLINK, FOptsCounter.FCNT_UP.direction());
    assertEquals(Direction.DOWNLINK, FOptsCounter.AFCNT_DOWN.direction());
  }

  @Test
  void leaves_empty_f_opts_alone() {
    byte[] buf = hex("aabb");
    FOptsCipher.encrypt(
        key("02020202020202020202020202020204"), FOptsCounter.FCNT_UP, ADDR, 0, buf, 1, 0);
    assertEquals("aabb", hexOf(buf));
  }

  @Test
  void rejects_more_than_15_bytes_and_slices_outside_the_array() {
    AesKeyContext key = key("02020202020202020202020202020204");
    assertThrows(
        LorawanFormatException.class,
        () -> FOptsCipher.encrypt(key, FOptsCounter.FCNT_UP, ADDR, 0, new byte[16], 0, 16));
    assertThrows(
        LorawanFormatException.class,
        () -> FOptsCipher.decryptPreErrata(key, Direction.UPLINK, ADDR, 0, new byte[3], 1, 3));
    assertThrows(
        LorawanFormatException.class,
        () -> FOptsCipher.decrypt(key, FOptsCounter.FCNT_UP, ADDR, 0, null, 0, 1));
  }
}
