package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.key;
import static io.longwave.lorawan.crypto.Vectors.micHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoinMicTest {

  private static final String ONES = "01010101010101010101010101010101";

  /** {description, key, msg (PHYPayload without MIC), MIC}. */
  static Stream<Arguments> joinRequests() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn PhyPayload doc / brocaar ExampleNewPHYPayload_joinRequest",
            "0102030405060708090a0b0c0d0e0f10",
            "00 0101010101010101 0202020202020202 0303",
            "09b97b32"),
        Arguments.of(
            "brocaar TestPHYPayloadJoinRequest",
            ONES,
            "00 0403020104030201 0504030205040302 2d10",
            "6a990e12"),
        Arguments.of(
            "TTS TestComputeJoinRequestMIC",
            ONES,
            "00 0807060504030201 0807060504030201 0201",
            "e6e10c55"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("joinRequests")
  void computes_and_checks_the_join_request_mic(
      String description, String key, String msg, String mic) {
    byte[] m = hex(msg);
    assertEquals(mic, micHex(JoinMic.joinRequest(key(key), m, 0, m.length)));
    byte[] phy = hex(msg + mic);
    assertTrue(JoinMic.checkJoinRequest(key(key), phy, 0, phy.length));
    phy[phy.length - 1] ^= 1;
    assertFalse(JoinMic.checkJoinRequest(key(key), phy, 0, phy.length));
  }

  /** TTS TestComputeRejoinRequestMIC: {description, msg, MIC}, key 0x01 × 16. */
  static Stream<Arguments> rejoinRequests() {
    return Stream.of(
        Arguments.of("type 0", "c0 00 030201 0807060504030201 0201", "11da47bd"),
        Arguments.of("type 1", "c0 01 0807060504030201 0807060504030201 0201", "67f9abe7"),
        Arguments.of("type 2", "c0 02 030201 0807060504030201 0201", "2b459cf0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejoinRequests")
  void computes_and_checks_the_rejoin_request_mic(String description, String msg, String mic) {
    byte[] m = hex(msg);
    assertEquals(mic, micHex(JoinMic.rejoinRequest(key(ONES), m, 0, m.length)));
    byte[] phy = hex(msg + mic);
    assertTrue(JoinMic.checkRejoinRequest(key(ONES), phy, 0, phy.length));
    phy[3] ^= 1;
    assertFalse(JoinMic.checkRejoinRequest(key(ONES), phy, 0, phy.length));
  }

  /** {description, key, plain join-accept without MIC, MIC}. */
  static Stream<Arguments> lorawan10JoinAccepts() {
    return Stream.of(
        Arguments.of(
            "brocaar TestPHYPayloadJoinAccept",
            "00112233445566778899aabbccddeeff",
            "20 c70b57 011122 80190302 00 00",
            "43485bbc"),
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.0.x join-accept doc",
            "0102030405060708090a0b0c0d0e0f10",
            "20 010101 020202 04030201 00 00",
            "3449f212"),
        Arguments.of(
            "TTS TestComputeLegacyJoinAcceptMIC",
            ONES,
            "20 030201 030201 04030201 00 01",
            "32f54ab3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan10JoinAccepts")
  void computes_and_checks_the_lorawan_1_0_join_accept_mic(
      String description, String key, String msg, String mic) {
    byte[] m = hex(msg);
    assertEquals(mic, micHex(JoinMic.joinAcceptLorawan10(key(key), m, 0, m.length)));
    byte[] phy = hex(msg + mic);
    assertTrue(JoinMic.checkJoinAcceptLorawan10(key(key), phy, 0, phy.length));
    phy[5] ^= 0x10;
    assertFalse(JoinMic.checkJoinAcceptLorawan10(key(key), phy, 0, phy.length));
  }

  /** {description, JSIntKey, JoinReqType, JoinEUI, DevNonce, msg, MIC}. */
  static Stream<Arguments> lorawan11JoinAccepts() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.1.x join-accept doc (OptNeg)",
            "0102030405060708090a0b0c0d0e0f10",
            JoinRequestType.JOIN_REQUEST,
            "0807060504030201",
            258,
            "20 010101 020202 04030201 80 00",
            "93ff9a3a"),
        Arguments.of(
            "TTS TestComputeJoinAcceptMIC",
            ONES,
            JoinRequestType.JOIN_REQUEST,
            "0807060504030201",
            0x0201,
            "20 030201 030201 04030201 00 01",
            "48e9be5f"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan11JoinAccepts")
  void computes_and_checks_the_lorawan_1_1_join_accept_mic(
      String description,
      String key,
      JoinRequestType type,
      String joinEui,
      int devNonce,
      String msg,
      String mic) {
    byte[] m = hex(msg);
    Eui64 eui = Eui64.parse(joinEui);
    assertEquals(
        mic, micHex(JoinMic.joinAcceptLorawan11(key(key), type, eui, devNonce, m, 0, m.length)));
    byte[] phy = hex(msg + mic);
    assertTrue(JoinMic.checkJoinAcceptLorawan11(key(key), type, eui, devNonce, phy, 0, phy.length));
    assertFalse(
        JoinMic.checkJoinAcceptLorawan11(
            key(key), JoinRequestType.REJOIN_TYPE_0, eui, devNonce, phy, 0, phy.length));
    assertFalse(
        JoinMic.checkJoinAcceptLorawan11(key(key), type, eui, devNonce + 1, phy, 0, phy.length));
  }

  @Test
  void computes_the_mic_of_a_join_accept_with_a_cf_list_over_all_29_bytes() {
    byte[] m = hex("20 010101 020202 04030201 00 00 184f84e85684b85e84886684586e8400");
    int withCfList = JoinMic.joinAcceptLorawan10(key(ONES), m, 0, 29);
    m[28] = 1;
    assertFalse(withCfList == JoinMic.joinAcceptLorawan10(key(ONES), m, 0, 29));
  }

  @Test
  void computes_the_mic_of_a_message_at_an_offset() {
    byte[] framed = hex("aaaa 00 0101010101010101 0202020202020202 0303 09b97b32 bb");
    AesKeyContext key = key("0102030405060708090a0b0c0d0e0f10");
    assertEquals("09b97b32", micHex(JoinMic.joinRequest(key, framed, 2, 19)));
    assertTrue(JoinMic.checkJoinRequest(key, framed, 2, 23));
  }

  static Stream<Arguments> badLengths() {
    AesKeyContext k = key(ONES);
    Eui64 eui = new Eui64(1);
    JoinRequestType t = JoinRequestType.JOIN_REQUEST;
    return Stream.of(
        Arguments.of(
            "join-request of 18 bytes",
            (Runnable) () -> JoinMic.joinRequest(k, new byte[18], 0, 18)),
        Arguments.of(
            "join-request PHYPayload of 22 bytes",
            (Runnable) () -> JoinMic.checkJoinRequest(k, new byte[22], 0, 22)),
        Arguments.of(
            "join-request beyond its array",
            (Runnable) () -> JoinMic.joinRequest(k, new byte[19], 1, 19)),
        Arguments.of("missing join-request", (Runnable) () -> JoinMic.joinRequest(k, null, 0, 19)),
        Arguments.of(
            "rejoin-request of 16 bytes",
            (Runnable) () -> JoinMic.rejoinRequest(k, new byte[16], 0, 16)),
        Arguments.of(
            "rejoin type 1 with type 0 length",
            (Runnable) () -> JoinMic.rejoinRequest(k, hex("c001" + "00".repeat(13)), 0, 15)),
        Arguments.of(
            "rejoin type 3",
            (Runnable) () -> JoinMic.rejoinRequest(k, hex("c003" + "00".repeat(13)), 0, 15)),
        Arguments.of(
            "rejoin PHYPayload of 3 bytes",
            (Runnable) () -> JoinMic.checkRejoinRequest(k, new byte[3], 0, 3)),
        Arguments.of(
            "join-accept of 14 bytes",
            (Runnable) () -> JoinMic.joinAcceptLorawan10(k, new byte[14], 0, 14)),
        Arguments.of(
            "join-accept PHYPayload of 16 bytes",
            (Runnable) () -> JoinMic.checkJoinAcceptLorawan10(k, new byte[16], 0, 16)),
        Arguments.of(
            "1.1 join-accept of 28 bytes",
            (Runnable) () -> JoinMic.joinAcceptLorawan11(k, t, eui, 1, new byte[28], 0, 28)),
        Arguments.of(
            "DevNonce above 16 bits",
            (Runnable) () -> JoinMic.joinAcceptLorawan11(k, t, eui, 0x10000, new byte[13], 0, 13)),
        Arguments.of(
            "negative DevNonce",
            (Runnable) () -> JoinMic.joinAcceptLorawan11(k, t, eui, -1, new byte[13], 0, 13)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLengths")
  void rejects_bad_lengths_and_ranges_with_a_format_exception(String description, Runnable call) {
    LorawanFormatException e = assertThrows(LorawanFormatException.class, call::run);
    assertFalse(e.getMessage().isBlank());
  }
}
