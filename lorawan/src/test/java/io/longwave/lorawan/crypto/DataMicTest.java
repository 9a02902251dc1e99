package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.key;
import static io.longwave.lorawan.crypto.Vectors.micHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataMicTest {

  private static final String ONES = "01010101010101010101010101010101";
  private static final String TWOS = "02020202020202020202020202020202";
  private static final String KEY_0102 = "0102030405060708090a0b0c0d0e0f10";
  private static final String TTS_FRAME = "40 04030201 00 0100 01 01020304";

  /** {description, NwkSKey, PHYPayload, 32-bit FCnt}. */
  static Stream<Arguments> lorawan10Uplinks() {
    return Stream.of(
        Arguments.of(
            "brocaar TestPHYPayloadData 'hello'",
            TWOS,
            "40 04030201 80 0100 01 a694642615 d6c3b582",
            1),
        Arguments.of(
            "brocaar LoRaWAN 1.0 mac-commands in FOpts",
            ONES,
            "40 04030201 03 0000 020305 01 6a3798f5 b64dc039",
            0),
        Arguments.of(
            "brocaar LoRaWAN 1.0 mac-commands in FRMPayload",
            ONES,
            "40 04030201 00 0000 00 69369e ee6aa508",
            0),
        Arguments.of(
            "brocaar ExampleNewPHYPayload confirmed uplink",
            KEY_0102,
            "80 04030201 00 0000 0a e264d4f7 b56a0e75",
            0),
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.0.x confirmed uplink doc",
            KEY_0102,
            "80 04030201 03 0000 067307 0a e264d4f7 e117d2c0",
            0),
        Arguments.of("TTS TestUplinkDownlinkMIC legacy uplink", ONES, TTS_FRAME + "3b073182", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan10Uplinks")
  void computes_and_checks_the_lorawan_1_0_uplink_mic(
      String description, String key, String phyHex, int fCnt) {
    byte[] phy = hex(phyHex);
    int msgLen = phy.length - 4;
    String mic = phyHex.substring(phyHex.length() - 8);
    assertEquals(mic, micHex(DataMic.uplinkLorawan10(key(key), phy, 0, msgLen, fCnt)));
    assertTrue(DataMic.checkUplinkLorawan10(key(key), phy, 0, phy.length, fCnt));
    assertFalse(DataMic.checkUplinkLorawan10(key(key), phy, 0, phy.length, fCnt + 0x10000));
    assertFalse(DataMic.checkDownlinkLorawan10(key(key), phy, 0, phy.length, fCnt));
  }

  @Test
  void computes_and_checks_the_lorawan_1_0_downlink_mic_of_tts() {
    byte[] phy = hex(TTS_FRAME + "a5609fa9");
    assertEquals("a5609fa9", micHex(DataMic.downlinkLorawan10(key(ONES), phy, 0, 13, 1)));
    assertTrue(DataMic.checkDownlinkLorawan10(key(ONES), phy, 0, phy.length, 1));
    assertFalse(DataMic.checkDownlinkLorawan10(key(TWOS), phy, 0, phy.length, 1));
  }

  /**
   * {description, SNwkSIntKey, FNwkSIntKey, PHYPayload, FCnt, ConfFCnt, TxDr, TxCh}. The brocaar
   * rows use SNwkSIntKey 02…02, FNwkSIntKey 02…03 and ConfFCnt 1, TxDr 2, TxCh 3.
   */
  static Stream<Arguments> lorawan11Uplinks() {
    String f = "02020202020202020202020202020203";
    return Stream.of(
        Arguments.of(
            "brocaar LoRaWAN 1.1 'hello', no ACK so ConfFCnt is not used",
            TWOS,
            f,
            "40 04030201 80 0100 01 a694642615 7612366a",
            1,
            1,
            2,
            3),
        Arguments.of(
            "brocaar LoRaWAN 1.1 'hello' with ACK, ConfFCnt in B1",
            TWOS,
            f,
            "40 04030201 a0 0100 01 a694642615 f842c4b9",
            1,
            1,
            2,
            3),
        Arguments.of(
            "brocaar LoRaWAN 1.1 mac-commands in FRMPayload",
            TWOS,
            f,
            "40 04030201 00 0000 00 69369e fa931bd7",
            0,
            1,
            2,
            3),
        Arguments.of(
            "TTS TestUplinkDownlinkMIC uplink", ONES, ONES, TTS_FRAME + "3b073b07", 1, 0, 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan11Uplinks")
  void computes_and_checks_the_lorawan_1_1_uplink_mic(
      String description,
      String s,
      String f,
      String phyHex,
      int fCnt,
      int confFCnt,
      int txDr,
      int txCh) {
    byte[] phy = hex(phyHex);
    int len = phy.length;
    String mic = phyHex.substring(phyHex.length() - 8);
    AesKeyContext sKey = key(s);
    AesKeyContext fKey = key(f);
    assertEquals(
        mic,
        micHex(DataMic.uplinkLorawan11(sKey, fKey, phy, 0, len - 4, fCnt, confFCnt, txDr, txCh)));
    assertTrue(DataMic.checkUplinkLorawan11(sKey, fKey, phy, 0, len, fCnt, confFCnt, txDr, txCh));
    assertTrue(DataMic.checkUplinkLorawan11CmacF(fKey, phy, 0, len, fCnt));
    assertFalse(
        DataMic.checkUplinkLorawan11(sKey, fKey, phy, 0, len, fCnt, confFCnt, txDr + 1, txCh));
    assertFalse(
        DataMic.checkUplinkLorawan11(sKey, fKey, phy, 0, len, fCnt, confFCnt, txDr, txCh + 1));
    assertFalse(DataMic.checkUplinkLorawan11CmacF(fKey, phy, 0, len, fCnt + 1));
  }

  @Test
  void uses_conf_f_cnt_only_when_the_ack_bit_is_set() {
    AesKeyContext s = key(TWOS);
    AesKeyContext f = key("02020202020202020202020202020203");
    byte[] noAck = hex("40 04030201 80 0100 01 a694642615");
    byte[] ack = hex("40 04030201 a0 0100 01 a694642615");
    assertEquals(
        DataMic.uplinkLorawan11(s, f, noAck, 0, 14, 1, 0, 2, 3),
        DataMic.uplinkLorawan11(s, f, noAck, 0, 14, 1, 7, 2, 3));
    assertNotEquals(
        DataMic.uplinkLorawan11(s, f, ack, 0, 14, 1, 0, 2, 3),
        DataMic.uplinkLorawan11(s, f, ack, 0, 14, 1, 7, 2, 3));
    assertEquals(
        DataMic.uplinkLorawan11(s, f, ack, 0, 14, 1, 1, 2, 3),
        DataMic.uplinkLorawan11(s, f, ack, 0, 14, 1, 0x10001, 2, 3),
        "only the 16 low bits of ConfFCnt count");
  }

  /** {description, SNwkSIntKey, PHYPayload, FCnt, ConfFCnt}. */
  static Stream<Arguments> lorawan11Downlinks() {
    return Stream.of(
        Arguments.of(
            "brocaar LoRaWAN 1.1 encrypted FOpts (NFCntDown)",
            TWOS,
            "60 04030201 03 0000 dfb4f1 e24f1f9f",
            0,
            1),
        Arguments.of(
            "brocaar LoRaWAN 1.1 FOpts with FPort 1",
            TWOS,
            "60 04030201 03 0000 020701 01 77701ea3",
            0,
            1),
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.1.x downlink with encrypted FOpts doc",
            "01010101010101010101010101010100",
            "60 04030201 03 0000 22ac0a 01 f0b468dd aa5ed13a",
            0,
            0),
        Arguments.of("TTS TestUplinkDownlinkMIC downlink", ONES, TTS_FRAME + "a5609fa9", 1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan11Downlinks")
  void computes_and_checks_the_lorawan_1_1_downlink_mic(
      String description, String s, String phyHex, int fCnt, int confFCnt) {
    byte[] phy = hex(phyHex);
    String mic = phyHex.substring(phyHex.length() - 8);
    AesKeyContext key = key(s);
    assertEquals(
        mic, micHex(DataMic.downlinkLorawan11(key, phy, 0, phy.length - 4, fCnt, confFCnt)));
    assertTrue(DataMic.checkDownlinkLorawan11(key, phy, 0, phy.length, fCnt, confFCnt));
    assertFalse(DataMic.checkDownlinkLorawan11(key, phy, 0, phy.length, fCnt + 1, confFCnt));
  }

  @Test
  void uses_conf_f_cnt_in_a_lorawan_1_1_downlink_with_ack_but_never_in_1_0() {
    AesKeyContext key = key(ONES);
    byte[] ack = hex("60 04030201 20 0100 01 01020304");
    assertNotEquals(
        DataMic.downlinkLorawan11(key, ack, 0, ack.length, 1, 0),
        DataMic.downlinkLorawan11(key, ack, 0, ack.length, 1, 5));
    assertEquals(
        DataMic.downlinkLorawan10(key, ack, 0, ack.length, 1),
        DataMic.downlinkLorawan11(key, ack, 0, ack.length, 1, 0));
  }

  @Test
  void checks_a_frame_at_an_offset_inside_a_larger_buffer() {
    byte[] buf = hex("ffffff 40 04030201 80 0100 01 a694642615 d6c3b582 eeee");
    assertTrue(DataMic.checkUplinkLorawan10(key(TWOS), buf, 3, 18, 1));
  }

  static Stream<Arguments> badInputs() {
    AesKeyContext k = key(ONES);
    return Stream.of(
        Arguments.of(
            "msg of 7 bytes", (Runnable) () -> DataMic.uplinkLorawan10(k, new byte[7], 0, 7, 0)),
        Arguments.of(
            "msg of 256 bytes",
            (Runnable) () -> DataMic.downlinkLorawan10(k, new byte[256], 0, 256, 0)),
        Arguments.of(
            "PHYPayload of 11 bytes",
            (Runnable) () -> DataMic.checkUplinkLorawan10(k, new byte[11], 0, 11, 0)),
        Arguments.of(
            "PHYPayload of 260 bytes",
            (Runnable) () -> DataMic.checkDownlinkLorawan11(k, new byte[260], 0, 260, 0, 0)),
        Arguments.of(
            "slice past the end",
            (Runnable) () -> DataMic.checkUplinkLorawan11CmacF(k, new byte[20], 10, 12, 0)),
        Arguments.of(
            "negative offset",
            (Runnable) () -> DataMic.downlinkLorawan11(k, new byte[20], -1, 12, 0, 0)),
        Arguments.of("missing frame", (Runnable) () -> DataMic.uplinkLorawan10(k, null, 0, 12, 0)),
        Arguments.of(
            "TxDr of 256",
            (Runnable) () -> DataMic.uplinkLorawan11(k, k, new byte[12], 0, 12, 0, 0, 256, 0)),
        Arguments.of(
            "negative TxCh",
            (Runnable) () -> DataMic.checkUplinkLorawan11(k, k, new byte[16], 0, 16, 0, 0, 0, -1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejects_bad_lengths_and_ranges_with_a_format_exception(String description, Runnable call) {
    LorawanFormatException e = assertThrows(LorawanFormatException.class, call::run);
    assertFalse(e.getMessage().isBlank());
  }
}
